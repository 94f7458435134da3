import Foundation

/// Builds the agency `Registry` from its SAX events.
final class RegistryBuilder: ElementHandler {
    private(set) var registry = Registry(clusters: [], agencies: [])

    func wantsText(_ name: String) -> Bool { false }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {
        case "cluster":
            registry.clusters.append(
                Cluster(
                    code: a.text("code"), name: a.text("name"), nameEn: a.optionalText("nameEn"),
                    location: location))
        case "agency":
            registry.agencies.append(
                Agency(
                    code: a.text("code"), name: a.text("name"), nameEn: a.optionalText("nameEn"),
                    level: a.choice("level", default: .provincial), parent: a.optionalText("parent"),
                    cluster: a.text("cluster"), place: a.optionalText("place"),
                    validFrom: a.day("validFrom"), validTo: a.optionalDay("validTo"),
                    successors: a.list("successor"), contacts: a.list("contacts"), location: location))
        case "part":
            guard !registry.agencies.isEmpty else { return }
            registry.agencies[registry.agencies.count - 1].parts.append(
                SplitPart(predecessor: a.text("predecessor"), successor: a.text("successor"), location: location))
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {}
}

/// Builds the `Catalogue` of indicators, movements and award forms.
final class CatalogueBuilder: ElementHandler {
    private(set) var catalogue = Catalogue(indicators: [], movements: [], awards: [])

    func wantsText(_ name: String) -> Bool { false }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {
        case "indicator":
            catalogue.indicators.append(
                IndicatorDefinition(
                    code: a.text("code"), name: a.text("name"),
                    nameEn: a.optionalText("nameEn"),
                    unit: a.choice("unit", default: .count),
                    better: a.choice("better", default: .higher), location: location,
                    measure: a.choice("measure", default: .stock), usualMin: a.optionalDecimal("min"),
                    usualMax: a.optionalDecimal("max")))
        case "phase":
            if let first = Int(a.text("first")), let last = Int(a.text("last")) {
                catalogue.phases.append(Period(first: first, last: last))
            }
        case "movement":
            catalogue.movements.append(
                MovementDefinition(
                    code: a.text("code"), name: a.text("name"),
                    nameEn: a.optionalText("nameEn"),
                    kind: a.choice("kind", default: .thematic),
                    launchedBy: a.choice("launchedBy", default: .sector),
                    start: a.day("start"), end: a.optionalDay("end"), location: location))
        case "award":
            catalogue.awards.append(
                AwardDefinition(
                    code: a.text("code"), name: a.text("name"), nameEn: a.optionalText("nameEn"),
                    kind: a.choice("kind", default: .certificateOfMerit),
                    level: a.choice("level", default: .agency),
                    recipients: a.choice("recipients", default: .both),
                    rank: a.int("rank"), family: a.optionalText("family"),
                    familyName: a.optionalText("familyName"),
                    familyNameEn: a.optionalText("familyNameEn"), location: location))
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {}
}

/// Builds a `BoardYear` from the board's file for one year.
final class BoardBuilder: ElementHandler {
    private(set) var board = BoardYear(
        year: 0, deadline: Day(year: 0, month: 1, day: 1), targets: [], decisions: [],
        documents: [], location: .start)
    private var decision: Decision?
    private var document: Attributes.Snapshot?

    func wantsText(_ name: String) -> Bool { name == "document" }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {
        case "board":
            board.year = a.int("year")
            board.location = location
        case "plan":
            board.deadline = a.day("deadline")
        case "target":
            board.targets.append(
                Target(
                    agency: a.text("agency"), indicator: a.text("indicator"), value: a.decimal("value"),
                    location: location))
        case "decision":
            decision = Decision(
                number: a.text("number"), date: a.day("date"),
                authority: a.choice("authority", default: .generalDirector),
                award: a.text("award"), kind: a.choice("kind", default: .regular),
                proposer: a.choice("proposer", default: .central),
                recognises: a["recognises"] == nil ? nil : a.int("recognises"), recipients: [],
                location: location)
        case "recipient":
            decision?.recipients.append(
                DecisionRecipient(
                    kind: a.choice("kind", default: .agency), agency: a.text("agency"),
                    id: a.optionalText("id"), name: a.text("name"),
                    gender: a.optionalChoice("gender"),
                    ethnicMinority: a.optionalBool("ethnicMinority"),
                    worksDirectly: a.optionalBool("worksDirectly"),
                    level: a.optionalChoice("level"), category: a.optionalChoice("category"), location: location))
        case "document":
            document = Attributes.Snapshot(a, location: location)
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {
        switch name {
        case "decision":
            if let decision { board.decisions.append(decision) }
            decision = nil
        case "document":
            guard let d = document else { return }
            board.documents.append(
                GuidanceDocument(
                    number: d["number"], date: Day(iso: d["date"]) ?? Day(year: 0, month: 1, day: 1),
                    title: text?.collapsed ?? "", location: d.location))
        default:
            break
        }
    }
}

/// Builds the `Rulebook` of dated regimes, salaries, multiples, parameters and the scoring method.
final class RulebookBuilder: ElementHandler {
    private(set) var rulebook = Rulebook(
        regimes: [], baseSalaries: [], bonuses: [:], parameters: [:],
        scoring: ScoringMethod(cap: 0, womenPreferenceShare: 70, weights: [:]))

    func wantsText(_ name: String) -> Bool { false }

    func start(_ name: String, _ a: Attributes, at location: Location) {
        switch name {
        case "regime":
            rulebook.regimes.append(
                Regime(
                    code: a.text("code"), name: a.text("name"), nameEn: a.optionalText("nameEn"),
                    from: a.day("from"), law: Regime.Law(rawValue: a.text("law")) ?? .law2003))
        case "baseSalary":
            rulebook.baseSalaries.append(Dated(from: a.day("from"), value: a.decimal("amount"), source: nil))
        case "bonus":
            let factor = a.optionalText("collectiveFactor") == nil ? 1 : a.decimal("collectiveFactor")
            rulebook.bonuses[a.text("award"), default: []].append(
                Dated(
                    from: a.day("from"), value: Bonus(multiple: a.decimal("multiple"), collectiveFactor: factor),
                    source: a.optionalText("source")))
        case "parameter":
            rulebook.parameters[a.text("name"), default: []].append(
                Dated(
                    from: a.day("from"), value: a.decimal("value"),
                    source: a.optionalText("source")))
        case "scoring":
            rulebook.scoring.cap = a.decimal("cap")
            rulebook.scoring.womenPreferenceShare = a.decimal("womenPreferenceShare")
        case "weight":
            rulebook.scoring.weights[a.text("indicator")] = a.decimal("value")
        default:
            break
        }
    }

    func end(_ name: String, text: String?, at location: Location) {}
}
