import Foundation

/// Consistency of the agency registry.
struct RegistryChecks: ConsistencyCheck {
    static let codes: [FindingKind] = [
        .registryDuplicate, .registryUnknownCluster, .registryInvalidDates, .registryUnknownSuccessor,
        .registrySelfSuccessor, .registrySuccessorWithoutEnd, .registryUnknownParent, .registrySplitPart,
    ]

    let registry: Registry

    func run(_ sink: inout FindingSink) {
        reportDuplicates(registry.clusters, .registryDuplicate, key: \.code, location: \.location, into: &sink)
        reportDuplicates(registry.agencies, .registryDuplicate, key: \.code, location: \.location, into: &sink)
        let clusters = Set(registry.clusters.map(\.code))
        let agencies = Set(registry.agencies.map(\.code))
        for agency in registry.agencies {
            if !clusters.contains(agency.cluster) {
                sink.add(
                    .registryUnknownCluster, at: agency.location,
                    ["agency": "\(agency.code)", "cluster": "\(agency.cluster)"])
            }
            if let to = agency.validTo, to < agency.validFrom {
                sink.add(
                    .registryInvalidDates, at: agency.location,
                    ["agency": "\(agency.code)", "to": "\(to)", "from": "\(agency.validFrom)"])
            }
            for successor in agency.successors {
                if !agencies.contains(successor) {
                    sink.add(
                        .registryUnknownSuccessor, at: agency.location,
                        ["agency": "\(agency.code)", "successor": "\(successor)"])
                } else if successor == agency.code {
                    sink.add(.registrySelfSuccessor, at: agency.location, ["agency": "\(agency.code)"])
                }
            }
            if !agency.successors.isEmpty && agency.validTo == nil {
                sink.add(.registrySuccessorWithoutEnd, at: agency.location, ["agency": "\(agency.code)"])
            }
            for part in agency.parts {
                let mergedIn = registry.agencies.contains {
                    $0.code == part.predecessor && $0.successors.contains(agency.code)
                }
                if !mergedIn || !agency.successors.contains(part.successor) || agency.successors.count < 2 {
                    sink.add(
                        .registrySplitPart, at: part.location,
                        [
                            "agency": "\(agency.code)", "predecessor": "\(part.predecessor)",
                            "successor": "\(part.successor)",
                        ])
                }
            }
            if let parent = agency.parent, !agencies.contains(parent) {
                sink.add(
                    .registryUnknownParent, at: agency.location, ["agency": "\(agency.code)", "parent": "\(parent)"])
            }
        }
    }
}

// MARK: - Its codes

extension FindingKind {
    /// The demo's registry with one edit.
    private static func editedRegistry(_ from: String, _ to: String) -> ExampleFile {
        .reference("registry.xml") { $0.replacingOccurrences(of: from, with: to) }
    }

    static let registryDuplicate = FindingKind(
        "registry.duplicate-code", .error, parameters: ["key", "line"],
        vi:
            "mã {key} xuất hiện hai lần trong danh mục đơn vị (lần đầu ở dòng {line}); mỗi cụm, mỗi đơn vị chỉ ghi một lần",
        en: "code {key} appears twice in the registry (first at line {line}); list each cluster and agency once",
        fields: ["reference:cluster/@code", "reference:agency/@code"],
        examples: [
            .triggers(
                "agency 02 listed twice",
                [
                    editedRegistry("code=\"02\" name", "code=\"01\" name")
                ]),
            .passes("the demo registry", [.reference("registry.xml") { $0 }]),
        ])

    static let registryUnknownCluster = FindingKind(
        "registry.unknown-cluster", .error, parameters: ["agency", "cluster"],
        vi:
            "đơn vị {agency} thuộc cụm thi đua {cluster}, nhưng cụm này không có trong danh sách cụm; bổ sung cụm hoặc sửa mã",
        en:
            "agency {agency} names cluster {cluster}, which is not among the clusters; add the cluster or correct the code",
        fields: ["agency/@cluster"],
        examples: [
            .triggers(
                "a cluster code nobody defined",
                [
                    editedRegistry("cluster=\"C01\" place=\"Hà Giang\"", "cluster=\"C99\" place=\"Hà Giang\"")
                ]),
            .passes("the demo registry", [.reference("registry.xml") { $0 }]),
        ])

    static let registryInvalidDates = FindingKind(
        "registry.invalid-dates", .error, parameters: ["agency", "to", "from"],
        vi: "đơn vị {agency} có ngày kết thúc {to} trước ngày bắt đầu {from}; sửa lại các ngày",
        en: "agency {agency} is valid to {to}, before it is valid from {from}; correct the dates",
        fields: ["agency/@validFrom", "agency/@validTo"],
        examples: [
            .triggers(
                "validTo before validFrom",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2007-12-31\" contacts=\"thidua@bansothe")
                ]),
            .passes(
                "validTo after validFrom",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" contacts=\"thidua@bansothe")
                ]),
        ])

    static let registryUnknownSuccessor = FindingKind(
        "registry.unknown-successor", .error, parameters: ["agency", "successor"],
        vi:
            "đơn vị {agency} ghi đơn vị kế thừa là {successor}, nhưng mã này không có trong danh mục đơn vị; bổ sung đơn vị kế thừa hoặc sửa mã",
        en:
            "agency {agency} names successor {successor}, which is not in the registry; add the successor or correct the code",
        fields: ["agency/@successor"],
        examples: [
            .triggers(
                "a successor that is not in the registry",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"99\" contacts=\"thidua@bansothe")
                ]),
            .passes(
                "agency TW03 merged into TW01",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"TW01\" contacts=\"thidua@bansothe")
                ]),
        ])

    static let registrySelfSuccessor = FindingKind(
        "registry.self-successor", .error, parameters: ["agency"],
        vi: "đơn vị {agency} tự ghi mình là đơn vị kế thừa; ghi mã của đơn vị tiếp nhận",
        en: "agency {agency} names itself as its successor; give the code of the agency it merged into",
        fields: ["agency/@successor"],
        examples: [
            .triggers(
                "agency TW03 succeeded by itself",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"TW03\" contacts=\"thidua@bansothe")
                ]),
            .passes(
                "agency TW03 merged into TW01",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"TW01\" contacts=\"thidua@bansothe")
                ]),
        ])

    static let registrySuccessorWithoutEnd = FindingKind(
        "registry.successor-without-end", .error, parameters: ["agency"],
        vi:
            "đơn vị {agency} có đơn vị kế thừa nhưng không có ngày cuối cùng còn hoạt động (validTo); ghi vào validTo ngày cuối cùng đơn vị hoạt động trước khi sáp nhập (ví dụ 2025-06-30)",
        en:
            "agency {agency} has a successor but no validTo date; give the last day it existed before the merger (for example 2025-06-30)",
        fields: ["agency/@successor", "agency/@validTo"],
        examples: [
            .triggers(
                "a successor without validTo",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" successor=\"TW01\" contacts=\"thidua@bansothe")
                ]),
            .passes(
                "a successor with validTo",
                [
                    editedRegistry(
                        "validFrom=\"2008-01-01\" contacts=\"thidua@bansothe",
                        "validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"TW01\" contacts=\"thidua@bansothe")
                ]),
        ])

    static let registryUnknownParent = FindingKind(
        "registry.unknown-parent", .error, parameters: ["agency", "parent"],
        vi:
            "đơn vị {agency} ghi đơn vị cấp trên là {parent}, nhưng mã này không có trong danh mục đơn vị; sửa mã đơn vị cấp trên",
        en: "agency {agency} names parent {parent}, which is not in the registry; correct the parent's code",
        fields: ["agency/@parent"],
        examples: [
            .triggers(
                "a parent that is not in the registry",
                [
                    editedRegistry(
                        "cluster=\"C01\" place=\"Hà Giang\"", "parent=\"99\" cluster=\"C01\" place=\"Hà Giang\"")
                ]),
            .passes(
                "a parent in the registry",
                [
                    editedRegistry(
                        "cluster=\"C01\" place=\"Hà Giang\"", "parent=\"01\" cluster=\"C01\" place=\"Hà Giang\"")
                ]),
        ])

    static let registrySplitPart = FindingKind(
        "registry.split-part", .error, parameters: ["agency", "predecessor", "successor"],
        vi:
            "đơn vị {agency} ghi phần của đơn vị {predecessor} chuyển cho {successor}, nhưng phần tử part chỉ dùng khi đơn vị được chia cho nhiều đơn vị kế thừa: {predecessor} phải là đơn vị đã sáp nhập vào {agency} (successor của {predecessor} có {agency}) và {successor} phải là một trong các đơn vị kế thừa của {agency}; sửa phần tử part",
        en:
            "agency {agency} gives the part of {predecessor} to {successor}, but a part belongs to an agency split among several successors: {predecessor} must have merged into {agency} (its successor names {agency}) and {successor} must be one of {agency}'s successors; correct the part element",
        fields: ["part/@predecessor", "part/@successor"],
        examples: [
            .triggers(
                "a part for an agency that was never merged in",
                [
                    editedRegistry(
                        "code=\"TW01\"",
                        "code=\"TW09\" name=\"x\" level=\"central\" cluster=\"K01\" validFrom=\"2008-01-01\" validTo=\"2025-06-30\" successor=\"TW01 TW02\"><part predecessor=\"TW03\" successor=\"TW01\"/></agency><agency code=\"TW01\""
                    )
                ]),
            .passes(
                "an agency split in two, with the part of the one merged into it",
                [
                    .reference("registry.xml") {
                        $0.replacingOccurrences(
                            of: "code=\"TW03\"", with: "validTo=\"2020-12-31\" successor=\"TW09\" code=\"TW03\""
                        )
                        .replacingOccurrences(
                            of: "code=\"TW01\"",
                            with:
                                "code=\"TW09\" name=\"x\" level=\"central\" cluster=\"K01\" validFrom=\"2021-01-01\" validTo=\"2025-06-30\" successor=\"TW01 TW02\"><part predecessor=\"TW03\" successor=\"TW01\"/></agency><agency code=\"TW01\""
                        )
                    }
                ]),
        ])
}
