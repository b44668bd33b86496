import RempartSupport

/// The YAML short-form tags of CloudFormation (`!Ref`, `!Sub`, …) and their long names.
enum ShortTag {
    /// The long name for each short tag, without the leading `!`.
    static let longNames: [String: String] = {
        var names: [String: String] = ["Ref": "Ref", "Condition": "Condition"]
        let functions = [
            "And", "Base64", "Cidr", "Equals", "FindInMap", "GetAZs", "GetAtt", "If", "ImportValue", "Join",
            "Length", "Not", "Or", "Select", "Split", "Sub", "ToJsonString", "Transform",
        ]
        for function in functions {
            names[function] = "Fn::" + function
        }
        return names
    }()

    /// Returns the long name for a tag as libyaml reports it (`!Sub`), or nil when the tag is
    /// not a CloudFormation function.
    static func longName(forTag tag: String) -> String? {
        guard tag.utf8.first == UInt8(ascii: "!") else { return nil }
        return longNames[String(tag.dropFirst())]
    }

    /// Builds the call for `tag` applied to `argument`.
    ///
    /// `!GetAtt A.B.C` written as a scalar becomes the list `[A, "B.C"]`: the resource name
    /// cannot contain a dot, while attributes such as `Outputs.Name` of a nested stack can.
    static func call(_ longName: String, argument: Node, at location: SourceLocation, isPlainScalar: Bool) -> Node {
        var argument = argument
        if longName == "Fn::GetAtt", case .string(let text) = argument.kind, let dot = text.firstIndex(of: ".") {
            let resource = String(text[..<dot])
            let attribute = String(text[text.index(after: dot)...])
            var attributeLocation = argument.location
            if isPlainScalar {
                attributeLocation.column += resource.unicodeScalars.count + 1
            }
            argument = Node(
                .sequence([
                    Node(.string(resource), at: argument.location),
                    Node(.string(attribute), at: attributeLocation),
                ]),
                at: argument.location
            )
        }
        return Node(.intrinsic(Intrinsic(name: longName, argument: argument)), at: location)
    }
}
