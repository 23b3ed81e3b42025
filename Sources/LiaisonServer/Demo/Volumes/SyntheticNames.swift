import LiaisonCore

/// Common given and family names of the demo countries, written as their people write them
/// and as their passports romanise them (`native|latin`; one spelling when the script is
/// Latin), from which generated persons are drawn.
struct NameCulture: Sendable {
    var country: CountryCode
    /// Whether the family name comes first when the name is written natively (Chinese).
    var familyFirst = false
    var given: [String]
    var family: [String]
    /// Pieces from which rarer family names are built (start, optional middle, end), so that a
    /// million generated persons have a long tail of family names as real registers do.
    var syllables: (starts: [String], middles: [String], ends: [String])?
    /// Given names of one or two characters (Chinese).
    var compoundGiven = false
    /// The father's name between the given and family names, often (Arabic).
    var patronymic = false

    init(country code: String, familyFirst: Bool = false, given: [String], family: [String],
         syllables: (starts: [String], middles: [String], ends: [String])? = nil, compoundGiven: Bool = false, patronymic: Bool = false) {
        country = CountryCode(code)!  // the tables below name assigned codes only
        self.familyFirst = familyFirst
        self.given = given
        self.family = family
        self.syllables = syllables
        self.compoundGiven = compoundGiven
        self.patronymic = patronymic
    }

    /// A spelling pair's native and Latin forms.
    static func forms(_ entry: String) -> (native: String, latin: String) {
        let parts = entry.split(separator: "|").map(String.init)
        return (parts[0], parts.count > 1 ? parts[1] : parts[0])
    }
}

enum SyntheticNames {
    static let cultures: [NameCulture] = [
        NameCulture(country: "RU", given: ["Иван|Ivan", "Дмитрий|Dmitry", "Сергей|Sergey", "Алексей|Alexey", "Ольга|Olga", "Наталья|Natalya",
                                           "Михаил|Mikhail", "Екатерина|Ekaterina", "Андрей|Andrey", "Татьяна|Tatyana"],
                    family: ["Петров|Petrov", "Иванов|Ivanov", "Смирнов|Smirnov", "Кузнецов|Kuznetsov", "Попов|Popov", "Соколов|Sokolov",
                             "Волков|Volkov", "Морозов|Morozov", "Лебедев|Lebedev", "Новиков|Novikov"],
                    syllables: (["Ка|Ka", "Ко|Ko", "Ма|Ma", "Бе|Be", "Го|Go", "Ла|La", "Ро|Ro", "Се|Se", "Ти|Ti", "Во|Vo", "Ду|Du", "За|Za"],
                                ["ре|re", "ли|li", "на|na", "мо|mo", "ба|ba", "ру|ru", "ле|le", "то|to"],
                                ["нов|nov", "рин|rin", "шев|shev", "лев|lev", "ков|kov", "дин|din", "енко|enko", "ин|in"])),
        NameCulture(country: "AE", given: ["محمد|Mohammed", "أحمد|Ahmed", "علي|Ali", "عمر|Omar", "فاطمة|Fatima", "مريم|Maryam", "خالد|Khaled",
                                           "يوسف|Youssef", "سعيد|Saeed", "نورة|Noura"],
                    family: ["الراشد|Al Rashid", "المنصوري|Al Mansouri", "حسن|Hassan", "الهاشمي|Al Hashimi", "السويدي|Al Suwaidi",
                             "الكعبي|Al Kaabi", "النعيمي|Al Nuaimi", "إبراهيم|Ibrahim", "الشامسي|Al Shamsi", "عبدالله|Abdullah"],
                    patronymic: true),
        NameCulture(country: "CN", familyFirst: true,
                    given: ["伟|Wei", "芳|Fang", "娜|Na", "敏|Min", "静|Jing", "强|Qiang", "磊|Lei", "军|Jun", "洋|Yang", "杰|Jie",
                            "明|Ming", "华|Hua", "建|Jian", "国|Guo", "文|Wen", "海|Hai", "晓|Xiao", "丽|Li", "志|Zhi", "平|Ping"],
                    family: ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang", "赵|Zhao", "周|Zhou", "吴|Wu"],
                    compoundGiven: true),
        NameCulture(country: "JP", familyFirst: true,
                    given: ["ヒロシ|Hiroshi", "ユキ|Yuki", "タカシ|Takashi", "ハナコ|Hanako", "ケンジ|Kenji", "アキラ|Akira", "サクラ|Sakura", "マコト|Makoto"],
                    family: ["サトウ|Sato", "スズキ|Suzuki", "タカハシ|Takahashi", "タナカ|Tanaka", "ワタナベ|Watanabe", "イトウ|Ito", "ヤマモト|Yamamoto",
                             "ナカムラ|Nakamura"]),
        NameCulture(country: "IN", given: ["राहुल|Rahul", "प्रिया|Priya", "अमित|Amit", "सुनीता|Sunita", "विजय|Vijay", "अंजलि|Anjali", "रवि|Ravi",
                                           "पूजा|Pooja", "अर्जुन|Arjun", "कविता|Kavita"],
                    family: ["शर्मा|Sharma", "वर्मा|Verma", "गुप्ता|Gupta", "सिंह|Singh", "कुमार|Kumar", "पटेल|Patel", "नायर|Nair", "रेड्डी|Reddy",
                             "जोशी|Joshi", "मेहता|Mehta"]),
        NameCulture(country: "GR", given: ["Γιώργος|Georgios", "Νίκος|Nikolaos", "Μαρία|Maria", "Ελένη|Eleni", "Δημήτρης|Dimitrios", "Κατερίνα|Aikaterini"],
                    family: ["Παπαδόπουλος|Papadopoulos", "Παππάς|Pappas", "Οικονόμου|Oikonomou", "Γεωργίου|Georgiou", "Νικολάου|Nikolaou",
                             "Βασιλείου|Vasileiou"]),
        NameCulture(country: "DE", given: ["Lukas", "Anna", "Jürgen", "Sabine", "Thomas", "Katrin", "Stefan", "Petra", "Maximilian", "Julia"],
                    family: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer"],
                    syllables: (["Alt", "Bau", "Born", "Eich", "Fried", "Hart", "Kling", "Lind", "Ros", "Stein", "Wald", "Zimmer"],
                                ["en", "el", "er", "ing"], ["mann", "berg", "feld", "bach", "hof", "hauser", "ner", "wald"])),
        NameCulture(country: "FR", given: ["Jean", "Marie", "Pierre", "Camille", "Luc", "Élodie", "Nicolas", "Sophie", "François", "Chloé"],
                    family: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Lefèvre", "Moreau"],
                    syllables: (["Beau", "Bon", "Char", "Fon", "Gar", "Lam", "Mar", "Ro", "Sau", "Ver"], ["ti", "ch", "del", "li"],
                                ["eau", "ier", "ard", "on", "et", "and", "ot", "ville"])),
        NameCulture(country: "ES", given: ["José", "María", "Javier", "Lucía", "Carlos", "Carmen", "Antonio", "Elena", "Sergio", "Marta"],
                    family: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Jiménez"],
                    syllables: (["Al", "Bar", "Cas", "Del", "Es", "Gal", "Mon", "Ri", "Sal", "Val"], ["ca", "de", "ta", "ri"],
                                ["ez", "ado", "era", "illo", "ano", "edo", "ón", "ar"])),
        NameCulture(country: "BR", given: ["João", "Ana", "Pedro", "Juliana", "Lucas", "Fernanda", "Gabriel", "Larissa", "Matheus", "Beatriz"],
                    family: ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Carvalho"],
                    syllables: (["Ara", "Bar", "Cam", "Fon", "Mor", "Nas", "Pin", "Ta", "Vas", "Mac"], ["ce", "ra", "to"],
                                ["eira", "inho", "oso", "ães", "ado", "ela", "ide", "ão"])),
        NameCulture(country: "NG", given: ["Chinedu", "Ngozi", "Emeka", "Aisha", "Tunde", "Funmilayo", "Ibrahim", "Chiamaka", "Segun", "Halima"],
                    family: ["Okafor", "Adeyemi", "Bello", "Eze", "Okonkwo", "Abubakar", "Balogun", "Nwosu", "Ogunleye", "Musa"],
                    syllables: (["Ade", "Olu", "Chi", "Nwa", "Oke", "Aji", "Ife", "Obi", "Uche", "Ayo"], ["wa", "ko", "mi", "la"],
                                ["ola", "ade", "eke", "uwa", "nna", "yemi", "kwe", "bi"])),
        NameCulture(country: "IT", given: ["Giuseppe", "Maria", "Marco", "Giulia", "Luca", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara"],
                    family: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco"],
                    syllables: (["Bel", "Cam", "Fal", "Gal", "Lom", "Mar", "Pel", "Ros", "Sal", "Vit"], ["li", "ca", "ta", "ri"],
                                ["ini", "elli", "etti", "one", "ucci", "ato", "iero", "aro"])),
        NameCulture(country: "MX", given: ["Juan", "Guadalupe", "Luis", "Alejandra", "Miguel", "Verónica", "Jorge", "Rosa"],
                    family: ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Cruz"]),
        NameCulture(country: "GB", given: ["James", "Olivia", "William", "Emily", "Harry", "Charlotte", "George", "Amelia"],
                    family: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies"],
                    syllables: (["Ash", "Brad", "Craw", "Ed", "Fair", "Hamp", "Kings", "Mor", "Thorn", "Whit"], ["er", "ing", "ley"],
                                ["son", "ton", "ley", "wood", "ford", "field", "by", "well"])),
        NameCulture(country: "PL", given: ["Piotr", "Anna", "Krzysztof", "Małgorzata", "Tomasz", "Agnieszka", "Paweł", "Joanna"],
                    family: ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński"],
                    syllables: (["Bor", "Dąb", "Gór", "Jab", "Kra", "Mal", "Pio", "Sob", "Wil", "Zaj"], ["ko", "ro", "le"],
                                ["ski", "czyk", "wicz", "ak", "ek", "ewski", "iński", "owski"])),
    ]
}
