/// What the archive says about the candidate collective in the award year.
struct CollectiveFacts {
    let candidate: Candidate
    let history: History

    init(_ candidate: Candidate, _ history: History) {
        self.candidate = candidate
        self.history = history
    }

    /// The collective's record for the award year, or why the archive has none.
    var record: Known<CollectiveYear> {
        let year = candidate.year
        if year < history.archiveStart { return .unknown(.beforeArchive) }
        if year > history.archiveEnd { return .unknown(.afterArchive) }
        if let record = history.collectives[candidate.collectiveKey]?[year] { return .known(record) }
        return .unknown(history.hasSubmission(of: candidate.agency, in: year) ? .notListed : .noSubmission)
    }

    /// Checks that at least `needed` members hold Advanced Labourer. The collective's own count decides when the
    /// submission gives one; else an incomplete roster still decides when the listed members alone reach the
    /// count, or when even every unlisted member could not.
    func checkAdvancedLabourers(
        _ record: CollectiveYear, needed: Int, share: Bilingual, into assessment: inout Assessment
    ) {
        let members = record.collective.members
        let listed = record.listedMembers.count
        let listedAdvanced = record.listedMembers.filter {
            history.person($0.id, holds: AwardCode.advancedLabourer, in: record.year)
        }.count
        // A count the submission gives covers the members it does not list: it decides (it cannot be fewer than
        // the Advanced Labourers it names).
        let declared = record.collective.advancedLabourers
        let advanced = declared.map { max($0, listedAdvanced) } ?? listedAdvanced
        let unlisted = declared == nil ? max(0, members - listed) : 0
        if advanced + unlisted < needed {
            let known =
                unlisted == 0
                ? Bilingual(
                    "chỉ \(amountVi(advanced)) trong số \(amountVi(members)) thành viên đạt danh hiệu Lao động tiên tiến",
                    "only \(advanced) of its \(members) members are Advanced Labourers")
                : Bilingual(
                    "tối đa chỉ \(amountVi(advanced + unlisted)) trong số \(amountVi(members)) thành viên có thể đạt danh hiệu Lao động tiên tiến (\(amountVi(advanced)) trong số \(amountVi(listed)) người có tên trong báo cáo đã đạt)",
                    "at most \(advanced + unlisted) of its \(members) members can be Advanced Labourers (\(advanced) of the \(listed) listed are)"
                )
            assessment.fail(
                Bilingual(
                    "\(known.vi) năm \(record.year), trong khi tỷ lệ \(share.vi) đòi hỏi ít nhất \(amountVi(needed)) người",
                    "\(known.en) in \(record.year), and \(share.en) means \(needed)"))
        } else if advanced < needed {
            assessment.gap(
                Bilingual(
                    "báo cáo năm \(record.year) chỉ liệt kê \(amountVi(listed)) trong số \(amountVi(members)) thành viên của tập thể \(record.collective.code), nên không tính được tỷ lệ Lao động tiên tiến",
                    "the \(record.year) submission lists \(listed) of \(members) members of collective \(record.collective.code); the share of Advanced Labourers cannot be computed"
                ))
        }
    }

    /// Records the listed members disciplined at `level` or above.
    func checkDiscipline(_ record: CollectiveYear, atLeast level: DisciplineLevel, into assessment: inout Assessment) {
        for person in record.listedMembers {
            guard let discipline = person.discipline, discipline.level >= level else { continue }
            assessment.fail(
                Bilingual(
                    "thành viên \(person.name) (\(person.id)) bị kỷ luật hình thức \(discipline.level.vi) năm \(record.year)",
                    "its member \(person.name) (\(person.id)) was disciplined at \(discipline.level.rawValue) level in \(record.year)"
                ))
        }
    }
}
