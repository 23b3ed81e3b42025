import LiaisonCore

/// How two dates of birth, each known to the year, month or day, bear on whether they are one
/// person's: a value from -1 (they cannot be) to 1 (the same day), and what was found.
/// Dates known in part agree when they agree as far as both go (`1980` and `1980-05-17`);
/// clerical errors are told apart from different dates: day and month swapped (`1980-05-07`
/// and `1980-07-05`), one wrong digit (`1980-05-17` and `1980-05-18`, `1980` and `1981`) and
/// a day's difference (`1980-05-19` and `1980-05-20`) count as weak agreement.
enum BirthDateComparison {
    static func compare(_ a: PartialDate, _ b: PartialDate) -> (value: Double, detail: String) {
        let (x, y) = (digits(a, precision: min(precision(a), precision(b))), digits(b, precision: min(precision(a), precision(b))))
        let shown = "\(a) and \(b)"
        if x == y {
            return precision(a) == precision(b) && precision(a) == 3
                ? (1, "same date of birth \(a)")
                : (precision(a) == precision(b) ? 0.8 : 0.7, "\(shown) agree as far as both are known")
        }
        if let (ad, am) = dayMonth(a), let (bd, bm) = dayMonth(b), a.year == b.year, ad == bm, am == bd {
            return (0.6, "\(shown): day and month swapped")
        }
        if zip(x, y).filter({ $0 != $1 }).count == 1 {
            return (0.4, "\(shown) differ by one digit")
        }
        if a.year == b.year, a.month == b.month, let ad = a.day, let bd = b.day, abs(ad - bd) == 1 {
            return (0.3, "\(shown) are a day apart")
        }
        return a.year == b.year ? (-0.5, "\(shown): same year, different day or month") : (-1, "\(shown) differ")
    }

    /// 1 for a year, 2 for a month, 3 for a day.
    private static func precision(_ date: PartialDate) -> Int {
        date.day != nil ? 3 : date.month != nil ? 2 : 1
    }

    private static func digits(_ date: PartialDate, precision: Int) -> [Character] {
        Array(date.value.prefix([4, 7, 10][precision - 1]))
    }

    private static func dayMonth(_ date: PartialDate) -> (Int, Int)? {
        guard let day = date.day, let month = date.month else { return nil }
        return (day, month)
    }
}
