import Foundation

/// Typed reads of attribute values. The schema has already checked each value; when it reported an error the
/// file is rejected anyway, so an unreadable value falls back to a neutral default here.
extension Attributes {
    func text(_ name: String) -> String {
        self[name]?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    func optionalText(_ name: String) -> String? {
        self[name].map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func int(_ name: String) -> Int {
        Int(text(name).replacingOccurrences(of: "+", with: "")) ?? 0
    }

    func decimal(_ name: String) -> Decimal {
        Decimal(string: text(name), locale: Locale(identifier: "en_US_POSIX")) ?? 0
    }

    func bool(_ name: String) -> Bool {
        let value = text(name)
        return value == "true" || value == "1"
    }

    func optionalBool(_ name: String) -> Bool? {
        self[name] == nil ? nil : bool(name)
    }

    func day(_ name: String) -> Day {
        Day(iso: text(name)) ?? Day(year: 0, month: 1, day: 1)
    }

    func optionalDay(_ name: String) -> Day? {
        self[name].flatMap { Day(iso: $0.trimmingCharacters(in: .whitespaces)) }
    }

    func choice<T: RawRepresentable>(_ name: String, default fallback: T) -> T where T.RawValue == String {
        T(rawValue: text(name)) ?? fallback
    }

    func optionalChoice<T: RawRepresentable>(_ name: String) -> T? where T.RawValue == String {
        self[name].flatMap { T(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
    }
}

extension String {
    /// Element text as the schema sees it after whitespace collapsing.
    var collapsed: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
