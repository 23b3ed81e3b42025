/// How far a message may travel under its TLP 2.0 handling code.
///
/// - RED: named addressees only (never "all") and never forwarded.
/// - AMBER+STRICT: stays inside the receiving agency: never forwarded to another agency.
/// - AMBER: may be forwarded within the forwarder's own country (its NCB and national agencies).
/// - GREEN and CLEAR: may be forwarded anywhere in the network.
public enum MessageHandlingRules {
    /// Why a message with this code may not go to a group (everyone, every NCB, a country), if it may not.
    public static func broadcastProblem(_ handling: HandlingCode) -> String? {
        handling == .red ? "TLP:RED goes to named recipients only, never to a group" : nil
    }

    /// Why `forwarder` may not forward a message with this code to `recipients`, if it may not.
    public static func forwardProblem(_ handling: HandlingCode, forwarder: Agency, to recipients: [Agency]) -> String? {
        switch handling {
        case .red:
            return "TLP:RED messages cannot be forwarded"
        case .amberStrict:
            return recipients.allSatisfy { $0.id == forwarder.id } ? nil : "TLP:AMBER+STRICT messages stay inside the receiving agency"
        case .amber:
            let outside = recipients.filter { $0.country == nil || $0.country != forwarder.country }
            return outside.isEmpty ? nil
                : "TLP:AMBER messages are forwarded only within \(forwarder.country?.value ?? "the agency's own country"); not to \(outside.map(\.id.value).sorted().joined(separator: ", "))"
        case .green, .clear:
            return nil
        }
    }
}
