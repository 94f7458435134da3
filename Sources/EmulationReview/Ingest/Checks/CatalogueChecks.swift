import Foundation

/// Consistency of the catalogues.
struct CatalogueChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .catalogueDuplicate, .catalogueInvalidDates, .catalogueFamilyNameMissing, .catalogueFamilyNameDiffers,
    ]

    let catalogue: Catalogue

    func run(_ sink: inout FindingSink) {
        reportDuplicates(catalogue.indicators, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(catalogue.movements, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(catalogue.awards, .catalogueDuplicate, key: \.code, location: \.location, into: &sink)
        for movement in catalogue.movements {
            if let end = movement.end, end < movement.start {
                sink.add(
                    .catalogueInvalidDates, at: movement.location,
                    ["movement": "\(movement.code)", "end": "\(end)", "start": "\(movement.start)"])
            }
        }
        // The classes of a family are counted under one name, so each must give it, and give the same one.
        var named: [String: AwardDefinition] = [:]
        for award in catalogue.awards {
            guard let family = award.family else { continue }
            guard let name = award.familyName else {
                sink.add(
                    .catalogueFamilyNameMissing, at: award.location, ["award": "\(award.code)", "family": "\(family)"])
                continue
            }
            guard let first = named[family] else {
                named[family] = award
                continue
            }
            if first.familyName != name || first.familyNameEn != award.familyNameEn {
                sink.add(
                    .catalogueFamilyNameDiffers, at: award.location,
                    ["award": "\(award.code)", "family": "\(family)", "first": "\(first.code)"])
            }
        }
    }
}

// MARK: - Its codes

extension FindingKind {
    /// The demo's catalogue with one edit.
    private static func editedCatalogue(_ from: String, _ to: String) -> ExampleFile {
        .reference("catalogue.xml") { $0.replacingOccurrences(of: from, with: to) }
    }

    static let catalogueDuplicate = FindingKind(
        "catalogue.duplicate-code", .error, parameters: ["key", "line"],
        vi:
            "mã {key} xuất hiện hai lần trong danh mục (lần đầu ở dòng {line}); mỗi chỉ tiêu, phong trào, hình thức khen thưởng chỉ ghi một lần",
        en:
            "code {key} appears twice in the catalogue (first at line {line}); list each indicator, movement and award once",
        fields: ["reference:indicator/@code", "reference:movement/@code", "reference:award/@code"],
        examples: [
            .triggers(
                "award GK listed twice",
                [
                    editedCatalogue("<award code=\"LDTT\"", "<award code=\"GK\"")
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueInvalidDates = FindingKind(
        "catalogue.invalid-dates", .error, parameters: ["movement", "end", "start"],
        vi: "phong trào {movement} kết thúc ngày {end}, trước ngày bắt đầu {start}; sửa lại các ngày",
        en: "movement {movement} ends on {end}, before it starts on {start}; correct the dates",
        fields: ["movement/@start", "movement/@end"],
        examples: [
            .triggers(
                "a movement that ends before it starts",
                [
                    editedCatalogue(
                        "start=\"2019-01-01\" end=\"2019-12-31\"", "start=\"2019-01-01\" end=\"2018-12-31\"")
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueFamilyNameMissing = FindingKind(
        "catalogue.family-name", .error, parameters: ["award", "family"],
        vi: "hình thức khen thưởng {award} thuộc nhóm {family} nhưng không có tên nhóm (familyName); bổ sung tên nhóm",
        en: "award {award} belongs to family {family} but has no familyName; add the family's name",
        fields: ["award/@family", "award/@familyName"],
        examples: [
            .triggers(
                "a family without its name",
                [
                    editedCatalogue(
                        "rank=\"8\" family=\"HCLD\" familyName=\"Huân chương Lao động\"", "rank=\"8\" family=\"HCLD\"")
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

    static let catalogueFamilyNameDiffers = FindingKind(
        "catalogue.family-name-differs", .error, parameters: ["award", "family", "first"],
        vi:
            "hình thức khen thưởng {award} ghi tên nhóm {family} khác với {first}; mọi hạng của một nhóm phải ghi cùng familyName và familyNameEn",
        en:
            "award {award} names its family {family} differently from award {first}; give every class of a family the same familyName and familyNameEn",
        fields: ["award/@familyName", "award/@familyNameEn"],
        examples: [
            .triggers(
                "two names for the Labour Order",
                [
                    editedCatalogue(
                        "rank=\"9\" family=\"HCLD\" familyName=\"Huân chương Lao động\"",
                        "rank=\"9\" family=\"HCLD\" familyName=\"Huân chương lao động\"")
                ]),
            .passes("the demo catalogue", [.reference("catalogue.xml") { $0 }]),
        ])

}
