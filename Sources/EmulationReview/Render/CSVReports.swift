import Foundation

/// The review's CSV files. Header names are stable (part of the interface, documented in the README); numbers
/// are plain machine numbers and dates ISO, whatever the report language.
public enum CSVReports {
    /// Each CSV file's name and how to make its table; the tables are independent and can be made concurrently.
    public static func tables(_ review: Review, language: Language) -> [(name: String, make: @Sendable () -> CSVTable)]
    {
        var result: [(name: String, make: @Sendable () -> CSVTable)] = [
            ("submissions.csv", { submissions(review) }),
            ("indicators.csv", { indicators(review) }),
            ("rankings.csv", { rankings(review) }),
            ("agencies.csv", { AgencyTable.table(review) }),
            ("awards.csv", { awards(review) }),
            ("nominations.csv", { nominations(review, language: language) }),
            ("movements.csv", { movements(review) }),
            ("documents.csv", { documents(review) }),
            ("findings.csv", { findings(review, language: language) }),
        ]
        for form in review.forms {
            let name = "form-" + form.fileCode + ".csv"
            result.append((name, { statisticsForm(form, language: language) }))
        }
        return result
    }

    static func submissions(_ r: Review) -> CSVTable {
        CSVTable(
            header: [
                "year", "agency", "agency_name", "cluster", "status", "file", "revision", "submitted", "deadline",
                "errors", "warnings", "sha256", "reported_by",
            ],
            each: r.submissions
        ) { s in
            [
                .integer(s.year), .text(s.agency), .text(s.agencyName), .text(s.cluster), .text(s.state.rawValue),
                .optional(s.file), .optional(s.revision), .optional(s.submitted), .optional(s.deadline),
                .integer(s.errors), .integer(s.warnings), .optional(s.sha256), .optional(s.reportedBy),
            ]
        }
    }

    static func indicators(_ r: Review) -> CSVTable {
        CSVTable(
            header: [
                "year", "scope", "code", "name", "indicator", "indicator_name", "unit", "better", "plan", "actual",
                "fulfilment_percent", "previous_actual", "change", "change_percent", "reporting", "planned",
                "includes_former",
            ],
            each: r.indicators
        ) { i in
            let definition = r.reference.indicators[i.indicator]
            return [
                .integer(i.year), .text(i.scope.rawValue), .text(i.code), .text(i.name), .text(i.indicator),
                .optional(definition?.name), .optional(definition?.unit.rawValue),
                .optional(definition?.better.rawValue), .optional(i.plan), .optional(i.actual),
                .optional(i.fulfilment), .optional(i.previousActual), .optional(i.change),
                .optional(i.changePercent), .integer(i.reporting), .integer(i.planned),
                .text(i.formerAgencies.joined(separator: " ")),
            ]
        }
    }

    static func rankings(_ r: Review) -> CSVTable {
        CSVTable(
            header: [
                "period", "cluster", "cluster_name", "rank", "agency", "agency_name", "score", "indicators_scored",
                "years_scored", "women_percent", "leader", "tie_break", "includes_former",
            ],
            rows: r.rankings.map { k in
                [
                    .text(k.year.map(String.init) ?? r.period.description), .text(k.cluster), .text(k.clusterName),
                    .integer(k.rank), .text(k.agency), .text(k.agencyName), .number(k.score),
                    .integer(k.indicatorsScored),
                    .integer(k.yearsScored), .optional(k.womenShare), .bool(k.isLeader), .optional(k.tieBreak),
                    .text(k.formerAgencies.joined(separator: " ")),
                ]
            })
    }

    static func awards(_ r: Review) -> CSVTable {
        CSVTable(
            header: [
                "year", "date", "decision", "authority", "award", "award_name", "level", "form", "commendation_kind",
                "recipient_kind", "recipient", "recipient_name", "agency", "agency_name", "gender", "works_directly",
                "ethnic_minority", "position_level", "source", "bonus_multiple", "base_salary", "reward_vnd",
                "file", "line",
            ],
            each: r.awards
        ) { a in
            [
                .integer(a.year), .text(a.date.description), .text(a.decision), .text(a.authority), .text(a.award),
                .text(a.awardName), .text(a.level.rawValue), .text(a.form.rawValue),
                .text(a.commendationKind.rawValue),
                .text(a.recipientKind.rawValue), .text(a.recipient), .text(a.recipientName), .text(a.agency),
                .text(a.agencyName), .optional(a.gender?.rawValue), .bool(a.worksDirectly), .bool(a.ethnicMinority),
                .optional(a.positionLevel?.rawValue), .text(a.source.rawValue), .optional(a.bonusMultiple),
                .optional(a.baseSalary), .optional(a.rewardAmount), .text(a.file), .integer(a.location.line),
            ]
        }
    }

    /// The reasons are in the report's language, like the HTML's.
    static func nominations(_ r: Review, language: Language) -> CSVTable {
        CSVTable(
            header: [
                "year", "source", "agency", "recipient_kind", "recipient", "recipient_name", "award", "date",
                "verdict", "rules", "reasons", "grounds", "file", "line",
            ],
            each: r.nominations
        ) { n in
            let c = n.candidate
            return [
                .integer(c.year), .text(c.source.rawValue), .text(c.agency), .text(c.recipientKind.rawValue),
                .text(c.recipient), .text(c.name), .text(c.award), .text(c.date.description),
                .text(n.verdict.rawValue), .text(n.rules.joined(separator: " ")),
                .text(n.objections.compactMap { $0.line?(language) }.joined(separator: " | ")), .text(n.grounds),
                .text(c.file), .integer(c.location.line),
            ]
        }
    }

    static func movements(_ r: Review) -> CSVTable {
        CSVTable(
            header: ["code", "name", "kind", "launched_by", "start", "end", "participants", "participating_agencies"],
            rows: r.movements.map { m in
                [
                    .text(m.code), .text(m.name), .text(m.kind.rawValue), .text(m.launchedBy.rawValue),
                    .text(m.start.description), .optional(m.end), .integer(m.participants.count),
                    .text(m.participants.joined(separator: " ")),
                ]
            })
    }

    static func documents(_ r: Review) -> CSVTable {
        CSVTable(
            header: ["year", "issuer", "issuer_name", "number", "date", "title"],
            each: r.documents
        ) { d in
            [
                .integer(d.year), .text(d.issuer), .text(d.issuerName), .text(d.number), .text(d.date.description),
                .text(d.title),
            ]
        }
    }

    static func findings(_ r: Review, language: Language) -> CSVTable {
        CSVTable(
            header: ["file", "line", "column", "severity", "code", "message"],
            each: r.findings
        ) { f in
            [
                .text(f.file), .integer(f.line), .integer(f.column), .text(f.severity.rawValue), .text(f.code),
                .text(f.message(language)),
            ]
        }
    }

    /// One line per official row code (section headings carry no figures and are left out), one column per
    /// numbered column of the form (`1`, `2` …); a form without figures has its cells empty, never zeros.
    static func statisticsForm(_ form: StatisticsForm, language: Language) -> CSVTable {
        CSVTable(
            header: ["row", "label"] + form.columns.map(\.code),
            rows: form.rows.filter { !$0.isSection }.map { row in
                [.text(row.code), .text(Bilingual(row.label, row.labelEn)(language))]
                    + row.values.map { form.counted ? .integer($0) : .empty }
            })
    }
}
