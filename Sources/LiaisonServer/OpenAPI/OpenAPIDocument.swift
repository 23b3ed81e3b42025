enum OpenAPIDocument {
    static func json() -> [UInt8] { Array("{}".utf8) }
}
