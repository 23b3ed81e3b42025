import Foundation

/// The structural rules of a draft: what each kind must contain to be a notice at all. Whether
/// the notice may be published is the compliance check's and the reviewer's question.
public enum NoticeValidation {
    public static func problems(_ draft: NoticeDraft) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        func require(_ condition: Bool, _ field: String, _ detail: String) {
            if !condition { problems.append(FieldProblem(field: field, detail: detail)) }
        }
        func filled(_ text: String?) -> Bool { !(text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

        if draft.kind == .diffusion {
            require(draft.diffusion != nil, "diffusion", "a diffusion names its purpose and recipients")
            if let purpose = draft.diffusion?.purpose {
                require(![.diffusion, .un].contains(purpose), "diffusion.purpose", "a diffusion's purpose is red, blue, green, yellow, black, orange or purple")
            }
        } else {
            require(draft.diffusion == nil, "diffusion", "only diffusions have recipients")
        }
        if let language = draft.language {
            require(["en", "fr", "es", "ar"].contains(language), "language", "write notices in en, fr, es or ar")
        }
        if draft.publicExtract == true {
            require(draft.kind.mayBePublic, "publicExtract", "only Red, Yellow and UN notices have public extracts")
        }
        problems += subjectProblems(draft)

        switch draft.effectiveKind {
        case .red:
            require(!(draft.offences ?? []).isEmpty, "offences", "a Red Notice names at least one offence")
        case .yellow:
            require(draft.missing != nil, "missing", "a Yellow Notice says when and where the person went missing")
        case .black:
            require(draft.found != nil, "found", "a Black Notice says when and where the body was found")
            require(filled(draft.found?.description), "found.description", "describe the body")
        case .un:
            require(filled(draft.sanction?.reference) && filled(draft.sanction?.resolution), "sanction",
                    "a UN Special Notice gives the UN sanctions reference and the resolution")
        case .purple:
            require(filled(draft.modusOperandi), "modusOperandi", "a Purple Notice describes the modus operandi, object or device")
        case .orange:
            require(filled(draft.threat), "threat", "an Orange Notice describes the threat")
        case .green:
            require(filled(draft.activities), "activities", "a Green Notice describes the criminal activities")
        case .blue:
            require(filled(draft.informationSought), "informationSought", "a Blue Notice says what information is sought")
        case .diffusion:
            break
        }
        for (index, offence) in (draft.offences ?? []).enumerated() {
            require(filled(offence.description), "offences[\(index)].description", "describe the offence")
            if let months = offence.maxPenaltyMonths { require(months >= 0, "offences[\(index)].maxPenaltyMonths", "must not be negative") }
            if let iccs = offence.iccs {
                require((2...8).contains(iccs.count) && iccs.allSatisfy(\.isNumber), "offences[\(index)].iccs", "an ICCS code is 2 to 8 digits, e.g. 0101")
            }
        }
        return problems
    }

    private static func subjectProblems(_ draft: NoticeDraft) -> [FieldProblem] {
        let kind = draft.effectiveKind
        guard let subject = draft.subject else {
            return kind == .purple ? [] : [FieldProblem(field: "subject", detail: "say who or what the notice is about")]
        }
        switch subject {
        case .person(let person):
            // An unidentified body or person has no name yet.
            if person.names.isEmpty && kind != .black && kind != .yellow {
                return [FieldProblem(field: "subject.names", detail: "give at least one name")]
            }
            return person.names.enumerated().compactMap { index, name in
                name.family.trimmingCharacters(in: .whitespaces).isEmpty
                    ? FieldProblem(field: "subject.names[\(index)].family", detail: "a name needs a family name") : nil
            }
        case .entity, .object:
            guard draft.effectiveKind.allowsNonPersonSubject else {
                return [FieldProblem(field: "subject.type", detail: "a \(kind.rawValue) notice is about a person")]
            }
            if case .entity(let entity) = subject, entity.name.trimmingCharacters(in: .whitespaces).isEmpty {
                return [FieldProblem(field: "subject.name", detail: "give the entity's name")]
            }
            return []
        }
    }
}
