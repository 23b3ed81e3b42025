import LiaisonCore

/// The parts of the notice form a kind shows, and so the parts of a draft the form writes:
/// a Red Notice has offences, a warrant and a sentence, a Yellow Notice when and where the person
/// went missing, a diffusion the parts of the kind it asks for, and so on.
enum ConsoleNoticeSection: String, CaseIterable {
    case person, entity, offences, warrant, sentence, missing, found, sanction
    case modusOperandi, threat, activities, informationSought, diffusion, publicExtract

    static func of(_ kind: NoticeKind, diffusionPurpose: NoticeKind?) -> Set<Self> {
        let effective = kind == .diffusion ? (diffusionPurpose ?? .red) : kind
        var sections: Set<Self> = [.person]
        if effective.allowsNonPersonSubject { sections.insert(.entity) }
        if kind.mayBePublic { sections.insert(.publicExtract) }
        if kind == .diffusion { sections.insert(.diffusion) }
        switch effective {
        case .red: sections.formUnion([.offences, .warrant, .sentence])
        case .blue: sections.formUnion([.informationSought, .offences])
        case .green: sections.formUnion([.activities, .offences])
        case .yellow: sections.insert(.missing)
        case .black: sections.insert(.found)
        case .orange: sections.insert(.threat)
        case .purple: sections.insert(.modusOperandi)
        case .un: sections.insert(.sanction)
        case .diffusion: break
        }
        return sections
    }

    /// What the subject may be: a person always; an entity or an object where the kind allows;
    /// nothing for a Purple Notice about a method alone.
    static func subjectTypes(_ kind: NoticeKind) -> [String] {
        (kind.allowsNonPersonSubject ? ["person", "entity", "object"] : ["person"]) + (kind == .purple ? ["none"] : [])
    }

    /// The kinds a diffusion may ask for.
    static let diffusionPurposes: [NoticeKind] = [.red, .blue, .green, .yellow, .black, .orange, .purple]
}
