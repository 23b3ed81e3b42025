import Foundation
import LiaisonCore

extension ConsoleNoticeForm {
    /// The form as the `notice-form` template fills it in: every field's text, the repeated rows
    /// with one empty row to add another, the choices of each list with the chosen one marked,
    /// and the photos the draft already carries.
    func values(kind: NoticeKind, photos: [NoticePhoto], catalog: [String: String]) -> [String: Any] {
        var fields: [String: String] = [:]
        for child in Mirror(reflecting: self).children {
            if let label = child.label, let text = child.value as? String? { fields[label] = text ?? "" }
        }
        let diffusionKind = diffusionPurpose.flatMap(NoticeKind.init(rawValue:))
        let sections = ConsoleNoticeSection.of(kind, diffusionPurpose: diffusionKind)
        func options(_ values: [String], chosen: String?, label: (String) -> String) -> [[String: Any]] {
            values.map { ["value": $0, "label": $0.isEmpty ? catalog["notice_not_stated"] ?? "" : label($0), "selected": $0 == (chosen ?? "")] }
        }
        func rows(_ columns: [String: [String]?], minimum: Int) -> [[String: Any]] {
            let count = max(minimum, (columns.values.map { $0?.count ?? 0 }.max() ?? 0) + 1)
            return (0..<count).map { index in
                var row: [String: Any] = ["index": String(index)]
                for (name, column) in columns { row[name] = column.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? "" }
                return row
            }
        }
        return [
            "kind": kind.rawValue,
            "kindLabel": catalog["notice_kind_\(kind.rawValue)"] ?? kind.rawValue,
            "f": fields,
            "sections": Dictionary(uniqueKeysWithValues: sections.map { ($0.rawValue, true) }),
            "checked": ["publicExtract": publicExtract != nil, "fingerprints": fingerprints != nil, "dnaProfile": dnaProfile != nil],
            "names": rows(["family": family, "given": given], minimum: 2),
            "documents": rows(["type": documentType, "number": documentNumber, "country": documentCountry], minimum: 1),
            "offences": rows(["description": offenceDescription, "iccs": offenceIccs, "provision": offenceProvision,
                              "penalty": offencePenalty], minimum: 1),
            "subjectTypes": options(ConsoleNoticeSection.subjectTypes(kind), chosen: subjectType) { catalog["notice_subject_\($0)"] ?? $0 },
            "hasSubjectChoice": ConsoleNoticeSection.subjectTypes(kind).count > 1,
            "sexes": options([""] + Sex.allCases.map(\.rawValue), chosen: sex) { catalog["notice_sex_\($0)"] ?? $0 },
            "languageChoices": options(["", "en", "fr", "es", "ar"], chosen: language) { catalog["language_\($0)"] ?? $0 },
            "refugeeConfirmations": options(["", "yes", "no"], chosen: refugeeConfirmed) { catalog["notice_confirmed_\($0)"] ?? $0 },
            "diffusionPurposes": options(ConsoleNoticeSection.diffusionPurposes.map(\.rawValue), chosen: diffusionPurpose) {
                catalog["notice_kind_\($0)"] ?? $0
            },
            "photos": ConsoleNoticeForm.pictures(photos),
        ]
    }

    /// The photos a browser may show, as `data:` addresses (the console's policy allows images
    /// from `data:`): only the picture formats the public extract would serve.
    static func pictures(_ photos: [NoticePhoto]) -> [[String: Any]] {
        photos.enumerated().compactMap { index, photo in
            PublicNotice.imageType(photo.contentType).map { type in
                ["number": String(index + 1), "source": "data:\(type);base64,\(photo.data)", "caption": photo.caption ?? ""]
            }
        }
    }
}
