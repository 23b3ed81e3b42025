/// Words that surround names in many languages, in the Latin letters matching compares.
enum NameVocabulary {
    /// Honorifics, ranks and forms of address before a name, in Latin letters: dropped, they say
    /// nothing about who a person is. Words that are also common names (`Amir`, `Don`, `Pan`) are
    /// left out.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend",
        "sheikh", "shaikh", "sheik", "haji", "hajji", "hajj", "mullah",
        "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt",
        "herr", "frau", "monsieur", "mme", "mlle", "senor", "senora", "sra", "signor", "signora",
        "gospodin", "gospozha", "shri", "smt", "mister",
    ]

    /// What may follow a name: generations and degrees.
    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"]

    /// Particles of family names and patronymic links (`van`, `al`, `bin`): optional, so
    /// `Ludwig van Beethoven` is `Ludwig Beethoven` and `Al-Rashid` is `Rashid`.
    static let particles: Set<String> = [
        "al", "el", "ul", "bin", "ibn", "bint", "ben", "abu", "abou", "ould",
        "van", "von", "vom", "zu", "der", "den", "ter", "ten", "de", "da", "das", "dos", "di", "du",
        "del", "della", "degli", "la", "le", "les", "y", "e",
    ]

    /// Chinese family names of two characters (复姓): the rest of the word is the given name.
    static let compoundHanFamilyNames: Set<String> = [
        "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲",
        "公孙", "公孫", "慕容", "令狐", "长孙", "長孫", "宇文", "夏侯", "轩辕", "軒轅", "司徒", "端木",
    ]

    /// Spellings of Chinese family names other than pinyin, from Cantonese and older
    /// romanisations, as Hong Kong, Macau, Taiwan and the diaspora write them (`陈` is `Chan`).
    static let hanFamilyNames: [String: [String]] = [
        "李": ["lee"], "王": ["wong"], "黄": ["wong", "hwang"], "黃": ["wong", "hwang"], "陈": ["chan"], "陳": ["chan"],
        "张": ["cheung"], "張": ["cheung"], "刘": ["lau"], "劉": ["lau"], "吴": ["ng"], "吳": ["ng"], "林": ["lam"],
        "何": ["ho"], "梁": ["leung"], "郑": ["cheng"], "鄭": ["cheng"], "周": ["chow"], "杨": ["yeung"], "楊": ["yeung"],
        "赵": ["chiu"], "趙": ["chiu"], "谢": ["tse"], "謝": ["tse"], "蔡": ["choi", "tsai"], "曾": ["tsang"],
        "邓": ["tang"], "鄧": ["tang"], "许": ["hui"], "許": ["hui"], "郭": ["kwok"], "罗": ["law"], "羅": ["law"],
        "叶": ["yip"], "葉": ["yip"], "欧阳": ["auyeung"], "歐陽": ["auyeung"],
    ]

    /// How Korean family names are spelt in passports, where that differs from the Revised
    /// Romanization ICU writes (`박` is `bag` to ICU and `Park` in practice).
    static let koreanFamilyNames: [String: String] = [
        "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho",
        "윤": "yoon", "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin",
        "권": "kwon", "황": "hwang", "안": "ahn", "송": "song", "류": "ryu", "유": "yoo", "홍": "hong",
        "전": "jeon", "고": "ko", "문": "moon", "양": "yang", "손": "son", "배": "bae", "백": "baek",
        "허": "heo", "노": "noh", "심": "shim", "하": "ha", "곽": "kwak", "성": "sung", "차": "cha",
        "주": "joo", "우": "woo", "구": "koo", "민": "min", "진": "jin", "나": "na", "지": "ji",
    ]
}
