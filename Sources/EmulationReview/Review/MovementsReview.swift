/// The emulation movements active in the period and who took part; the guidance documents issued.
enum MovementsReview {
    /// The movements under way in the period's calendar years.
    static func rows(_ ctx: ReviewContext) -> [MovementRow] { rows(ctx, window: ctx.period.calendarWindow) }

    /// The movements under way at some point of `window` (the statistics forms read the statistics year).
    static func rows(_ ctx: ReviewContext, window: ClosedRange<Day>) -> [MovementRow] {
        let start = window.lowerBound
        let end = window.upperBound
        var participants: [String: Set<String>] = [:]
        var byYear: [String: [Int: Set<String>]] = [:]
        for year in ctx.period.years {
            for (agency, entry) in ctx.accepted[year] ?? [:] {
                for m in entry.submission.movements {
                    participants[m.code, default: []].insert(agency)
                    byYear[m.code, default: [:]][year, default: []].insert(agency)
                }
            }
        }
        return ctx.reference.catalogue.movements
            .filter { $0.start <= end && ($0.end ?? end) >= start }
            .map { m in
                MovementRow(
                    code: m.code, name: m.name, nameEn: m.nameEn, kind: m.kind, launchedBy: m.launchedBy,
                    start: m.start,
                    end: m.end, participants: (participants[m.code] ?? []).sorted(),
                    participantsByYear: (byYear[m.code] ?? [:]).mapValues(\.count))
            }
            .sorted { ($0.kind.order, $0.code) < ($1.kind.order, $1.code) }
    }

    static func documents(_ ctx: ReviewContext) -> [DocumentRow] {
        var rows: [DocumentRow] = []
        for year in ctx.period.years {
            for d in ctx.boards[year]?.documents ?? [] {
                rows.append(
                    DocumentRow(
                        year: year, issuer: "VSS", issuerName: "Bảo hiểm xã hội Việt Nam", number: d.number,
                        date: d.date, title: d.title))
            }
            for (agency, entry) in ctx.accepted[year] ?? [:] {
                for d in entry.submission.documents {
                    rows.append(
                        DocumentRow(
                            year: year, issuer: agency, issuerName: ctx.agencyName(agency), number: d.number,
                            date: d.date, title: d.title))
                }
            }
        }
        func boardFirst(_ row: DocumentRow) -> Int { row.issuer == "VSS" ? 0 : 1 }
        return rows.sorted {
            ($0.year, boardFirst($0), $0.issuer, $0.date, $0.number) < (
                $1.year, boardFirst($1), $1.issuer, $1.date, $1.number
            )
        }
    }
}

extension MovementKind {
    /// The order of the seed report: the Prime Minister's, phased, annual, thematic.
    var order: Int {
        switch self {
        case .primeMinister: 0
        case .phased: 1
        case .annual: 2
        case .thematic: 3
        }
    }
}
