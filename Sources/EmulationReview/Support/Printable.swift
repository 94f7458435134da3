/// Text from an input file or a file name, made safe to print: every control character (C0, DEL, C1 including
/// U+0085 NEXT LINE) and the Unicode line and paragraph separators (U+2028, U+2029) is written visibly (`\n`,
/// `\r`, `\t`, `\u{85}`), so a value can never break the one-finding-per-line format, forge an output line or
/// split a CSV cell, a log line or an email line. Text without such characters is returned as it is.
extension String {
    public var escapingControls: String {
        guard unicodeScalars.contains(where: \.needsEscape) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            guard scalar.needsEscape else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16) + "}"
            }
        }
        return result
    }
}

extension Unicode.Scalar {
    fileprivate var needsEscape: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
