import LiaisonCore

/// Scores how likely two sets of particulars describe one person, and explains why.
///
/// The names weigh most: the best-agreeing pair among all names and aliases of both sides
/// (`NameAlignment`). The date of birth, the sex and the nationalities add what they know when
/// both sides give them, in proportion to their weights, and take away more when they
/// contradict: a different year of birth or sex is strong evidence of a different person.
public enum PersonMatcher {
    /// The score from which a candidate is reported as a possible match.
    public static let defaultThreshold = 0.80

    /// Shares of the score when every feature is known on both sides.
    static let nameWeight = 0.85, birthDateWeight = 0.10, sexWeight = 0.025, nationalityWeight = 0.025
    /// What a contradiction takes away at full strength (a value of -1).
    static let birthDatePenalty = 0.25, sexPenalty = 0.25, nationalityPenalty = 0.05

    public static func match(_ query: PersonParticulars, _ candidate: PersonParticulars) -> PersonMatch {
        assess(PreparedPerson(query), PreparedPerson(candidate)).match
    }

    static func assess(_ query: PreparedPerson, _ candidate: PreparedPerson,
                       compare: (NameToken, NameToken) -> TokenComparison = TokenSimilarity.compare) -> Assessment {
        var best: (alignment: NameAlignment, query: NormalizedName, candidate: NormalizedName)?
        for queryName in query.names {
            for candidateName in candidate.names {
                let alignment = NameAlignment.align(queryName.tokens, candidateName.tokens, compare: compare)
                if best == nil || alignment.score > best!.alignment.score { best = (alignment, queryName, candidateName) }
            }
        }
        var evidence: [Evidence] = []
        if let a = query.birthDate, let b = candidate.birthDate {
            let (value, detail) = BirthDateComparison.compare(a, b)
            evidence.append(Evidence(name: "birthDate", value: value, share: birthDateWeight, penalty: birthDatePenalty, detail: detail))
        }
        if let a = query.sex, let b = candidate.sex {
            evidence.append(Evidence(name: "sex", value: a == b ? 1 : -1, share: sexWeight, penalty: sexPenalty,
                                     detail: a == b ? "same sex \(a.rawValue)" : "sex \(a.rawValue) and \(b.rawValue) differ"))
        }
        if !query.nationalities.isEmpty, !candidate.nationalities.isEmpty {
            let shared = Set(query.nationalities).intersection(candidate.nationalities).sorted()
            let listed = "\(query.nationalities.map(\.value).joined(separator: ",")) and \(candidate.nationalities.map(\.value).joined(separator: ","))"
            evidence.append(Evidence(name: "nationality", value: shared.isEmpty ? -1 : 1, share: nationalityWeight, penalty: nationalityPenalty,
                                     detail: shared.isEmpty ? "no nationality in common: \(listed)" : "nationality \(shared.map(\.value).joined(separator: ",")) in common"))
        }
        guard let best else { return Assessment(name: nil, evidence: evidence) }
        return Assessment(name: NameEvidence(alignment: best.alignment, query: best.query, candidate: best.candidate), evidence: evidence)
    }

    /// A feature besides the name: its share of the score when it agrees, its penalty when not.
    struct Evidence {
        let name: String
        let value: Double
        let share: Double
        let penalty: Double
        let detail: String
    }

    struct NameEvidence {
        let alignment: NameAlignment
        let query: NormalizedName
        let candidate: NormalizedName
    }

    /// The comparison before it is written out: the index scores many candidates and explains few.
    struct Assessment {
        let name: NameEvidence?
        let evidence: [Evidence]

        /// Shares are those of the features known on both sides, scaled to add up to one.
        private var scale: Double { 1 / (PersonMatcher.nameWeight + evidence.reduce(0) { $0 + $1.share }) }

        private func weight(_ evidence: Evidence) -> Double {
            evidence.value < 0 ? evidence.penalty : evidence.share * scale
        }

        var score: Double {
            guard let name else { return 0 }
            let total = name.alignment.score * PersonMatcher.nameWeight * scale + evidence.reduce(0) { $0 + $1.value * weight($1) }
            return min(1, max(0, total))
        }

        var match: PersonMatch {
            guard let name else {
                return PersonMatch(score: 0, queryName: "", candidateName: "", features: [])
            }
            let nameFeature = MatchFeature(name: "name", value: rounded(name.alignment.score), weight: rounded(PersonMatcher.nameWeight * scale),
                                           detail: NameExplanation.describe(name.alignment, name.query, name.candidate))
            let others = evidence.map { MatchFeature(name: $0.name, value: $0.value, weight: rounded(weight($0)), detail: $0.detail) }
            return PersonMatch(score: rounded(score), queryName: name.query.written, candidateName: name.candidate.written,
                               features: [nameFeature] + others)
        }
    }
}

/// Four decimals: enough to rank, short enough to read.
func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
