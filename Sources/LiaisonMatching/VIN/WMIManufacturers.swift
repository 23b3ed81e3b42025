/// Manufacturers of common world manufacturer identifiers. A three-character entry names one
/// WMI; a two-character entry covers every WMI that starts with it unless a three-character
/// entry says otherwise (`JT` Toyota, but `JTH` Lexus). Only codes Liaison is sure of; the
/// rest decode with no manufacturer.
enum WMIManufacturers {
    static let names: [String: String] = [
        // Europe
        "WVW": "Volkswagen", "WV1": "Volkswagen Commercial Vehicles", "WV2": "Volkswagen Commercial Vehicles",
        "WAU": "Audi", "TRU": "Audi",
        "WBA": "BMW", "WBS": "BMW M", "WBY": "BMW i", "WB1": "BMW Motorrad", "WMW": "MINI",
        "WDB": "Mercedes-Benz", "WDC": "Mercedes-Benz", "WDD": "Mercedes-Benz", "W1K": "Mercedes-Benz", "W1N": "Mercedes-Benz",
        "WME": "smart", "WP0": "Porsche", "WP1": "Porsche", "WF0": "Ford Germany", "W0L": "Opel", "WMA": "MAN",
        "VF1": "Renault", "VF3": "Peugeot", "VF7": "Citroën", "VNK": "Toyota France", "VSS": "SEAT",
        "TMB": "Škoda", "UU1": "Dacia", "XTA": "Lada (AvtoVAZ)",
        "ZFA": "Fiat", "ZAR": "Alfa Romeo", "ZLA": "Lancia", "ZFF": "Ferrari", "ZHW": "Lamborghini", "ZAM": "Maserati",
        "ZDM": "Ducati",
        "SAL": "Land Rover", "SAJ": "Jaguar", "SCA": "Rolls-Royce", "SCB": "Bentley", "SCC": "Lotus", "SCF": "Aston Martin",
        "SB1": "Toyota UK", "SHH": "Honda UK", "SJN": "Nissan UK",
        "YV1": "Volvo Cars", "YV4": "Volvo Cars", "YV2": "Volvo Trucks", "YS3": "Saab", "YS2": "Scania",
        "NMT": "Toyota Turkey",
        // Asia
        "JHM": "Honda", "JN1": "Nissan", "JN8": "Nissan", "JM1": "Mazda", "JF1": "Subaru", "JF2": "Subaru",
        "JT": "Toyota", "JTH": "Lexus", "JTJ": "Lexus", "JYA": "Yamaha",
        "KMH": "Hyundai", "KNA": "Kia", "KND": "Kia",
        "LFV": "FAW-Volkswagen", "LSV": "SAIC Volkswagen", "LBV": "BMW Brilliance", "LRW": "Tesla",
        "MA1": "Mahindra", "MA3": "Maruti Suzuki", "MAL": "Hyundai India", "MAT": "Tata Motors", "MD2": "Bajaj Auto",
        // North America
        "1FA": "Ford", "1FD": "Ford", "1FM": "Ford", "1FT": "Ford",
        "1G1": "Chevrolet", "1GC": "Chevrolet", "1G4": "Buick", "1G6": "Cadillac", "1GT": "GMC",
        "1C3": "Chrysler", "1B3": "Dodge", "1J4": "Jeep",
        "1HG": "Honda", "1N4": "Nissan", "1N6": "Nissan", "1VW": "Volkswagen",
        "2G1": "Chevrolet", "2HG": "Honda", "2T1": "Toyota", "3G1": "Chevrolet", "3VW": "Volkswagen",
        "4JG": "Mercedes-Benz", "4S3": "Subaru", "4S4": "Subaru", "4T1": "Toyota",
        "5FN": "Honda", "5NP": "Hyundai", "5UX": "BMW", "5YJ": "Tesla", "7SA": "Tesla",
        // Oceania, South America, Africa
        "6FP": "Ford Australia", "6G1": "Holden",
        "9BW": "Volkswagen do Brasil", "9BG": "Chevrolet", "9BD": "Fiat",
        "AAV": "Volkswagen South Africa", "AHT": "Toyota South Africa",
    ]
}
