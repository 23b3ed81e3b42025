/// What one agency asks another to do.
public enum AssistanceType: String, Sendable, Codable, CaseIterable {
    case locatePerson = "locate-person"
    case criminalRecordCheck = "criminal-record-check"
    case identifyPerson = "identify-person"
    case identifyBody = "identify-body"
    case verifyDocument = "verify-document"
    case traceFirearm = "trace-firearm"
    case traceVehicle = "trace-vehicle"
    case freezeAssets = "freeze-assets"
    case extraditionSupport = "extradition-support"
    case other
}

/// How fast a request must be handled; each priority has its service level (see `ServiceLevels`).
public enum AssistancePriority: String, Sendable, Codable, CaseIterable {
    case routine, priority, urgent, flash
}

/// Where a request stands.
public enum AssistanceStatus: String, Sendable, Codable, CaseIterable {
    case new
    case accepted
    case inProgress = "in-progress"
    case answered
    case closed
    case declined
}

/// A step in a request's life, as someone asks for it.
public enum AssistanceStep: String, Sendable, Codable, CaseIterable {
    /// The receiving agency takes the request on.
    case accept
    /// The receiving agency refuses it, with a reason.
    case decline
    /// The receiving agency starts working on it.
    case start
    /// The receiving agency answers.
    case answer
    /// The requesting agency is satisfied with the answer.
    case close
    /// The requesting agency is not satisfied with the answer and sends it back, with a reason.
    case reopen
}
