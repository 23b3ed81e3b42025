import Foundation
import LiaisonCore

/// The notice form: every part of a `NoticeDraft` as the fields of one HTML form, read back into
/// a draft for the notice service. Values stay text until then, so that a form with a mistake
/// comes back as typed, with each problem named by its field as the API names it.
struct ConsoleNoticeForm: Decodable {
    var kind: String?
    var language: String?
    var summary: String?
    var publicExtract: String?
    var subjectType: String?
    // A person: one row per name (Latin letters, the original script, aliases).
    var family: [String]?
    var given: [String]?
    var dateOfBirth: String?
    var sex: String?
    var nationalities: String?
    var placeOfBirth: String?
    var countryOfBirth: String?
    var languages: String?
    var heightCm: String?
    var weightKg: String?
    var eyeColour: String?
    var hairColour: String?
    var distinguishingMarks: String?
    var documentType: [String]?
    var documentNumber: [String]?
    var documentCountry: [String]?
    var fingerprints: String?
    var dnaProfile: String?
    var refugeeGrantedBy: String?
    var refugeeFrom: String?
    var refugeeConfirmed: String?
    var photo: ConsoleUpload?
    var photoCaption: String?
    var removePhotos: String?
    // An entity (UN sanctions) or an object (Orange, Purple).
    var entityName: String?
    var aliases: String?
    var entityCountry: String?
    var entityDescription: String?
    // Red: the offences, the warrant, a sentence to serve.
    var offenceDescription: [String]?
    var offenceIccs: [String]?
    var offenceProvision: [String]?
    var offencePenalty: [String]?
    var warrantCountry: String?
    var warrantAuthority: String?
    var warrantReference: String?
    var warrantDate: String?
    var sentenceImposed: String?
    var sentenceRemaining: String?
    // Yellow (went missing) and Black (body found): when and where.
    var eventDate: String?
    var eventPlace: String?
    var eventCountry: String?
    var eventDescription: String?
    // UN, Purple, Orange, Green, Blue.
    var sanctionReference: String?
    var sanctionResolution: String?
    var sanctionCommittee: String?
    var modusOperandi: String?
    var threat: String?
    var activities: String?
    var informationSought: String?
    // Diffusions.
    var diffusionPurpose: String?
    var recipients: String?
    /// Why the notice is read back after saving: the purpose of the console's reads.
    var purpose: String?
}
