import Mustache

/// A value that templates read by name through a table of its fields. Without it the template library reflects
/// the whole value (`Mirror`) at every name it looks up, boxing every field to find one: on the rows of the
/// agencies' pages that was most of the time spent rendering them.
protocol TemplateFields: MustacheParent {
    /// Every stored property a template may name, by its name.
    static var fields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else {
            assert(
                !Mirror(reflecting: self).children.contains { $0.label == name },
                "\(Self.self).fields lacks \(name), which a template reads")
            return nil
        }
        let value = self[keyPath: path]
        // As the reflecting lookup does: an optional field is its value, or nothing.
        if let optional = value as? any OptionalField { return optional.wrappedValue }
        return value
    }
}

private protocol OptionalField {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrappedValue: Any? { map { $0 } }
}
