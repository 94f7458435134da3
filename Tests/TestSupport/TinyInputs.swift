import EmulationReview
import EmulationReviewRun
import Foundation

/// Writes a small inputs folder for review tests: a cluster of three provinces, one of which (02) merges into
/// 01 on 2025-06-30; a two-indicator catalogue; the rulebook; plans and submissions for the years asked for.
public struct TinyInputs {
    public struct Agency {
        public var code: String
        public var total: Int
        public var women: Int
        public var participants: Int
        public var target: Int
        public var arrears: String
        public var arrearsTarget: String
        public var submitted: String?

        public init(
            code: String, total: Int = 100, women: Int = 50, participants: Int, target: Int,
            arrears: String = "1.00", arrearsTarget: String = "1.50", submitted: String? = nil
        ) {
            self.code = code
            self.total = total
            self.women = women
            self.participants = participants
            self.target = target
            self.arrears = arrears
            self.arrearsTarget = arrearsTarget
            self.submitted = submitted
        }
    }

    public let root: URL

    public init() throws {
        root = try TestSupport.temporaryDirectory()
        try write(
            "reference/registry.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <registry xmlns="urn:vn:vss:emulation-review:reference:v1">
              <clusters><cluster code="C01" name="Cụm thi đua số 1"/></clusters>
              <agencies>
                <agency code="01" name="Bảo hiểm xã hội tỉnh Một" level="provincial" cluster="C01" validFrom="2008-01-01" contacts="thidua@01.vss.gov.vn"/>
                <agency code="02" name="Bảo hiểm xã hội tỉnh Hai" level="provincial" cluster="C01" validFrom="2008-01-01" validTo="2025-06-30" successor="01" contacts="thidua@02.vss.gov.vn"/>
                <agency code="03" name="Bảo hiểm xã hội tỉnh Ba" level="provincial" cluster="C01" validFrom="2008-01-01" contacts="vanphong@03.vss.gov.vn lanhdao@03.vss.gov.vn"/>
              </agencies>
            </registry>
            """)
        try write(
            "reference/catalogue.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <catalogue xmlns="urn:vn:vss:emulation-review:reference:v1">
              <indicators>
                <indicator code="PARTICIPANTS" name="Người tham gia" unit="persons" better="higher"/>
                <indicator code="ARREARS-RATE" name="Tỷ lệ chậm đóng" unit="percent" better="lower"/>
              </indicators>
              <movements>
                <movement code="AN-1" name="Thi đua hằng năm" kind="annual" launchedBy="sector" start="2024-01-01"/>
              </movements>
              <awards>
                <award code="LDTT" name="Lao động tiên tiến" kind="emulation-title" level="agency" recipients="individual" rank="2"/>
                <award code="CTD-BHXH" name="Cờ thi đua của Bảo hiểm xã hội Việt Nam" kind="emulation-title" level="sector" recipients="collective" rank="5"/>
                <award code="CTD-CP" name="Cờ thi đua của Chính phủ" kind="emulation-title" level="government" recipients="collective" rank="7"/>
              </awards>
            </catalogue>
            """)
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("Inputs/reference/rulebook.xml"),
            to: root.appendingPathComponent("reference/rulebook.xml"))
        try FileManager.default.copyItem(
            at: TestSupport.packageRoot.appendingPathComponent("Inputs/reference/forms.xml"),
            to: root.appendingPathComponent("reference/forms.xml"))
        // The rulebook weighs indicators the tiny catalogue lacks; give it its own weights.
        var rulebook = try String(contentsOf: root.appendingPathComponent("reference/rulebook.xml"), encoding: .utf8)
        let start = rulebook.range(of: "  <scoring")!.lowerBound
        let end = rulebook.range(of: "</scoring>\n")!.upperBound
        rulebook.replaceSubrange(
            start..<end,
            with: """
                  <scoring cap="120" womenPreferenceShare="70">
                    <weight indicator="PARTICIPANTS" value="80"/>
                    <weight indicator="ARREARS-RATE" value="20"/>
                  </scoring>

                """)
        try rulebook.write(to: root.appendingPathComponent("reference/rulebook.xml"), atomically: true, encoding: .utf8)
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    public func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The board's file and one submission per agency for `year` (deadline 15 January of the next year).
    /// `decisions`: the board's decisions of the year as XML (`<decision …>` elements).
    public func year(_ year: Int, _ agencies: [Agency], revision: [String: Int] = [:], decisions: String = "")
        throws
    {
        var targets = ""
        for a in agencies {
            targets += "    <target agency=\"\(a.code)\" indicator=\"PARTICIPANTS\" value=\"\(a.target)\"/>\n"
            targets += "    <target agency=\"\(a.code)\" indicator=\"ARREARS-RATE\" value=\"\(a.arrearsTarget)\"/>\n"
        }
        try write(
            "\(year)/board.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <board xmlns="urn:vn:vss:emulation-review:board:v1" year="\(year)">
              <plan deadline="\(year + 1)-01-15">
            \(targets)  </plan>
              \(decisions.isEmpty ? "<decisions/>" : "<decisions>\(decisions)</decisions>")
              <documents/>
            </board>
            """)
        for a in agencies {
            try write(
                "\(year)/\(a.code)\(revision[a.code].map { "-r\($0)" } ?? "").xml",
                submission(a, year: year, revision: revision[a.code] ?? 1))
        }
    }

    /// 2024 with the three agencies, before 02 merges into 01 (30 June 2025).
    public func year2024BeforeTheMerger() throws {
        try year(
            2024,
            [
                .init(code: "01", participants: 100, target: 100), .init(code: "02", participants: 40, target: 40),
                .init(code: "03", participants: 10, target: 10),
            ])
    }

    /// 2024 to 2026 across the merger: 01 carries 02 from 2025.
    public func mergerYears() throws {
        try year2024BeforeTheMerger()
        try year(
            2025, [.init(code: "01", participants: 150, target: 150), .init(code: "03", participants: 12, target: 10)])
        try year(
            2026, [.init(code: "01", participants: 160, target: 150), .init(code: "03", participants: 13, target: 10)])
    }

    public func submission(_ a: Agency, year: Int, revision: Int = 1) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <submission xmlns="urn:vn:vss:emulation-review:submission:v1" agency="\(a.code)" year="\(year)" revision="\(revision)" submitted="\(a.submitted ?? "\(year + 1)-01-10T09:00:00+07:00")">
          <preparer name="Nguyễn Văn An" email="thidua@\(a.code).vss.gov.vn"/>
          <workforce total="\(a.total)" women="\(a.women)" directWorkers="10" ethnicMinorities="0"/>
          <indicators asOf="\(year)-12-31">
            <indicator code="PARTICIPANTS" actual="\(a.participants)"/>
            <indicator code="ARREARS-RATE" actual="\(a.arrears)"/>
          </indicators>
          <movements><movement code="AN-1">Tham gia đầy đủ.</movement></movements>
        </submission>
        """
    }

    public func review(_ period: String) throws -> Review {
        let input = try ReviewLoader(ingestor: TestSupport.ingestor).load(
            period: Period(period)!, inputs: root.path, asOf: nil)
        return Reviewer().review(input)
    }
}
