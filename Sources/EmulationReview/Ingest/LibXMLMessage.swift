import CLibXML2

/// Turns libxml2's error reports into the project's finding codes and plain advice.
enum LibXMLMessage {
    /// Trims the message and drops `{namespace}` prefixes from element names, which only add noise.
    static func clean(_ raw: String) -> String {
        var text = raw.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(
            separator: " ")
        while let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
            text.removeSubrange(open...close)
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func classify(domain: Int, code: Int, message: String) -> (code: String, advice: String) {
        if domain == Int(XML_FROM_SCHEMASV.rawValue) || domain == Int(XML_FROM_SCHEMASP.rawValue) {
            return schemaCode(code)
        }
        let resend = "; correct the file and send it again"
        switch code {
        case Int(XML_ERR_DOCUMENT_EMPTY.rawValue):
            return ("xml.empty", "; the file holds no XML: send the complete report file")
        case Int(XML_ERR_INVALID_ENCODING.rawValue), Int(XML_ERR_UNKNOWN_ENCODING.rawValue),
            Int(XML_ERR_UNSUPPORTED_ENCODING.rawValue), Int(XML_I18N_CONV_FAILED.rawValue):
            return ("xml.encoding", "; save the file as UTF-8 (or UTF-16 with a byte-order mark) and send it again")
        case Int(XML_ERR_INVALID_CHAR.rawValue) where message.contains("UTF-8"):
            return ("xml.encoding", "; save the file as UTF-8 (or UTF-16 with a byte-order mark) and send it again")
        case Int(XML_ERR_INVALID_CHAR.rawValue):
            return (
                "xml.invalid-char",
                "; the file contains a character XML does not allow (such as a NUL byte); save it again as UTF-8 text"
            )
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue),
            Int(XML_ERR_ENTITY_LOOP.rawValue), Int(XML_ERR_ENTITY_BOUNDARY.rawValue),
            Int(XML_ERR_UNPARSED_ENTITY.rawValue), Int(XML_ERR_EXT_ENTITY_STANDALONE.rawValue):
            return (
                "xml.entity",
                "; only the five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references may be used"
            )
        default:
            break
        }
        if message.contains("Excessive depth") || message.contains("depth") && message.contains("exceed") {
            return (
                "xml.too-deep",
                "; elements are nested far deeper than any report needs: send the file the reporting software produced"
            )
        }
        if domain == Int(XML_FROM_NAMESPACE.rawValue) {
            return ("xml.namespace", resend)
        }
        return ("xml.not-well-formed", resend)
    }

    private static func schemaCode(_ code: Int) -> (code: String, advice: String) {
        switch code {
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4.rawValue), Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_3.rawValue),
            Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_2_1.rawValue), Int(XML_SCHEMAV_ELEMENT_CONTENT.rawValue):
            return ("schema.element", "; put the elements in the order and number the format requires")
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_4.rawValue):
            return ("schema.attribute-missing", "; add the missing attribute")
        case Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1.rawValue), Int(XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2.rawValue):
            return ("schema.attribute-unknown", "; remove the attribute or correct its name")
        case Int(XML_SCHEMAV_CVC_ELT_1.rawValue):
            return ("schema.root", "; the root element must be the format's own")
        case Int(XML_SCHEMAP_UNKNOWN_REF.rawValue):
            return ("schema.internal", "")
        default:
            return ("schema.value", "; correct the value")
        }
    }
}
