/// Who may read a notice at each point of its life, said in the access policy's own terms:
/// drafts stay with the source (and its NCB), the General Secretariat sees what was submitted,
/// published notices go to every member, and diffusions to their recipients.
public enum NoticeVisibility {
    public static func label(kind: NoticeKind, status: NoticeStatus, owner: Agency, recipients: [CountryCode]) -> DataLabel {
        let sourceNCB: Set<Party> = owner.parent.map { [.agency($0)] } ?? []
        switch status {
        case .draft, .informationRequested:
            return DataLabel(category: .notices, owner: owner, restriction: .only(sourceNCB), handling: .amberStrict)
        case .published where kind == .diffusion:
            let parties = Set(recipients.map(Party.country)).union(sourceNCB).union([.generalSecretariat])
            return DataLabel(category: .notices, owner: owner, restriction: recipients.isEmpty ? .open : .only(parties), handling: .amber)
        case .published:
            return DataLabel(category: .notices, owner: owner, restriction: .open, handling: .green)
        case .submitted, .underReview, .refused, .cancelled, .expired, .withdrawn:
            return DataLabel(category: .notices, owner: owner, restriction: .only(sourceNCB.union([.generalSecretariat])), handling: .amberStrict)
        }
    }
}
