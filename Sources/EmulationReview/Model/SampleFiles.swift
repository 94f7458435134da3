/// Small, valid files of the two formats agencies and the board send, for the demo's reference data: the base of
/// the finding catalogue's examples (each example edits one of them until it raises its code) and of the field
/// guide's examples. Edits replace a literal piece of text, so each piece below appears once.
public enum SampleFiles {
    /// Agency 01's report for 2019: a collective with a title, two people with titles, an initiative and a
    /// nomination.
    public static let submission = """
        <?xml version="1.0" encoding="UTF-8"?>
        <submission xmlns="urn:vn:vss:emulation-review:submission:v1" agency="01" year="2019" revision="1" submitted="2020-01-08T12:40:00+07:00">
          <preparer name="Hoàng Hải Hằng" email="thidua@hanoi.vss.gov.vn"/>
          <workforce total="40" women="21" directWorkers="30" ethnicMinorities="2"/>
          <indicators asOf="2019-12-31">
            <indicator code="PARTICIPANTS" actual="7573488"/>
            <indicator code="HI-COVERAGE" actual="92.99"/>
          </indicators>
          <movements>
            <movement code="AN-2019">Sơ kết phong trào thi đua 6 tháng và cả năm 2019.</movement>
          </movements>
          <documents>
            <document number="823/HD-BHXH" date="2019-07-16">Hướng dẫn bình xét danh hiệu thi đua năm 2019</document>
          </documents>
          <collectives>
            <collective code="01-01" name="Văn phòng" members="12" women="7" rating="good">
              <title award="TTLDTT" decision="923/QĐ-BHXH" date="2019-12-30"/>
            </collective>
          </collectives>
          <people>
            <person id="0101000001" name="Nguyễn Thị Lan" gender="female" ethnicMinority="false" worksDirectly="true" level="staff" rating="excellent" collective="01-01">
              <initiative code="SK-01" scope="unit">Số hóa hồ sơ thu tại bộ phận một cửa</initiative>
              <title award="LDTT" decision="923/QĐ-BHXH" date="2019-12-30"/>
              <title award="CSTDCS" decision="924/QĐ-BHXH" date="2019-12-30"/>
            </person>
            <person id="0101000002" name="Trần Văn Bình" gender="male" ethnicMinority="false" worksDirectly="true" level="division-leader" rating="good" collective="01-01">
              <title award="LDTT" decision="923/QĐ-BHXH" date="2019-12-30"/>
            </person>
          </people>
          <nominations>
            <nomination recipientKind="collective" recipient="01-01" award="BK-TGD">Hoàn thành xuất sắc nhiệm vụ năm 2019</nomination>
          </nominations>
        </submission>

        """

    /// The board's file for 2019: one plan target, one decision with one recipient, one document.
    public static let board = """
        <?xml version="1.0" encoding="UTF-8"?>
        <board xmlns="urn:vn:vss:emulation-review:board:v1" year="2019">
          <plan deadline="2020-01-15">
            <target agency="01" indicator="PARTICIPANTS" value="7368218"/>
            <target agency="01" indicator="HI-COVERAGE" value="93.16"/>
          </plan>
          <decisions>
            <decision number="2190/QĐ-BHXH" date="2019-03-08" authority="general-director" award="BK-TGD" recognises="2018">
              <recipient kind="person" agency="01" id="0101000001" name="Nguyễn Thị Lan" gender="female" level="staff"/>
            </decision>
          </decisions>
          <documents>
            <document number="15/KH-HĐTĐKT" date="2019-02-20">Kế hoạch thi đua, khen thưởng năm 2019</document>
          </documents>
        </board>

        """
}
