import Foundation

// Section 4 (`s04-movements.mustache`): emulation movements and guidance documents.

extension HTMLViewModel {
    struct KindLine {
        let kind: String
        let cells: [String]
        let total: String
    }

    struct MovementLine {
        let code: String
        let name: String
        let launchedBy: String
        let span: String
        let perYear: [FormCell]
        let participants: String
    }

    struct MovementKindGroup {
        let kindName: String
        let kindCount: String
        let movementLines: [MovementLine]
    }

    struct DocumentLine {
        let year: String
        let board: String
        let agencies: String
        let total: String
    }

    struct MovementsPart {
        let levels: [String]
        let kinds: [KindLine]
        let kindsTotal: KindLine
        let years: [String]
        let showYears: Bool
        let groups: [MovementKindGroup]
        /// Columns of the list, for its group headings.
        let listColumns: String
        let documents: [DocumentLine]
        let documentsTotal: DocumentLine
    }
}

extension ModelFormatter {
    func movements() -> HTMLViewModel.MovementsPart {
        let levels: [LaunchLevel] = [.national, .sector, .cluster, .agency]
        let kinds: [MovementKind] = [.primeMinister, .phased, .annual, .thematic]
        let list = review.movements
        let kindLines = kinds.map { kind -> HTMLViewModel.KindLine in
            let ofKind = list.filter { $0.kind == kind }
            return .init(
                kind: pick(Vocabulary.movementKind(kind)),
                cells: levels.map { level in count(ofKind.filter { $0.launchedBy == level }.count) },
                total: count(ofKind.count))
        }
        let total = HTMLViewModel.KindLine(
            kind: pick("Tổng số", "Total"),
            cells: levels.map { level in count(list.filter { $0.launchedBy == level }.count) },
            total: count(list.count))
        let groups = kinds.compactMap { kind -> HTMLViewModel.MovementKindGroup? in
            let ofKind = list.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            let lines = ofKind.map { m in
                HTMLViewModel.MovementLine(
                    code: m.code, name: pick(m.name, m.nameEn ?? m.name),
                    launchedBy: pick(Vocabulary.launchLevel(m.launchedBy)),
                    span: language.date(m.start) + " – " + (m.end.map(language.date) ?? ""),
                    perYear: period.years.map { year in
                        let n = m.participantsByYear[year] ?? 0
                        return .init(text: count(n), zero: n == 0)
                    },
                    participants: count(m.participants.count))
            }
            return .init(
                kindName: pick(Vocabulary.movementKind(kind)), kindCount: count(ofKind.count), movementLines: lines)
        }
        let documents = period.years.map { year -> HTMLViewModel.DocumentLine in
            let ofYear = review.documents.filter { $0.year == year }
            let board = ofYear.filter { $0.issuer == "VSS" }.count
            return .init(
                year: String(year), board: count(board), agencies: count(ofYear.count - board),
                total: count(ofYear.count))
        }
        let boardTotal = review.documents.filter { $0.issuer == "VSS" }.count
        let documentsTotal = HTMLViewModel.DocumentLine(
            year: pick("Tổng số", "Total"), board: count(boardTotal),
            agencies: count(review.documents.count - boardTotal),
            total: count(review.documents.count))
        return .init(
            levels: levels.map { pick(Vocabulary.launchLevel($0)) }, kinds: kindLines, kindsTotal: total,
            years: period.years.map(String.init), showYears: period.isPhase, groups: groups,
            listColumns: String(4 + (period.isPhase ? period.years.count : 0)), documents: documents,
            documentsTotal: documentsTotal)
    }
}
