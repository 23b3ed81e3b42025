import Foundation

/// What kind of weapon a firearm is.
public enum FirearmType: String, Sendable, Codable, CaseIterable {
    case pistol
    case revolver
    case rifle
    case shotgun
    case submachineGun = "submachine-gun"
    case machineGun = "machine-gun"
    case other
}

/// An illicit (lost, stolen, trafficked or smuggled) firearm (iARMS), known by its maker and
/// serial number.
public struct FirearmRecord: RecordContent {
    public static let kind = RecordKind.firearms

    public var make: String
    public var model: String?
    public var calibre: String?
    public var serialNumber: String
    public var type: FirearmType?

    public init(make: String, model: String? = nil, calibre: String? = nil, serialNumber: String, type: FirearmType? = nil) {
        self.make = make
        self.model = model
        self.calibre = calibre
        self.serialNumber = serialNumber
        self.type = type
    }

    public var payload: RecordPayload { .firearm(self) }

    public var normalizedSerial: String { RecordSearchKeys.identifier(serialNumber) }
    public var normalizedMake: String { RecordSearchKeys.maker(make) }

    /// Serial numbers are unique per maker only.
    public var naturalKey: String? { "\(normalizedMake):\(normalizedSerial)" }

    public func problems(at prefix: String) -> [FieldProblem] {
        var problems = RecordText.require(make, "\(prefix).make", "give the maker")
        if normalizedSerial.isEmpty {
            problems.append(FieldProblem(field: "\(prefix).serialNumber", detail: "give the serial number"))
        } else if !RecordSearchKeys.isLatin(normalizedSerial) {
            problems.append(FieldProblem(field: "\(prefix).serialNumber", detail: "write the serial number in Latin letters and digits"))
        }
        return problems + RecordText.limit(make, "\(prefix).make", 100) + RecordText.limit(serialNumber, "\(prefix).serialNumber", 60)
    }
}
