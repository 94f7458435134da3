import EmulationReview

/// Who receives an agency's feedback. The registry decides, not the rejected file: a submission is written by
/// whoever sends it, so its preparer address is added only when it is a plain address in the domain of one of
/// the agency's registered contacts. No contacts, no recipients: the file never chooses the recipient alone.
public enum FeedbackRecipients {
    /// The agency's contacts, then each preparer address in their domain (case-insensitive), each address once.
    public static func choose(contacts: [String], preparers: [String]) -> [String] {
        let registered = contacts.filter(EmailAddress.isPlain)
        let domains = Set(registered.compactMap(EmailAddress.domain(of:)))
        var seen: Set<String> = []
        var recipients: [String] = []
        for address in registered + preparers {
            guard let domain = EmailAddress.domain(of: address), domains.contains(domain),
                seen.insert(address.lowercased()).inserted
            else { continue }
            recipients.append(address)
        }
        return recipients
    }
}
