import Foundation
import RempartReport
import RempartSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The SVG is well-formed, self-contained, accessible and localized.
struct SVGDiagramRendererTests {
    static let graphs: [DiagramLayoutTests.Case] = DiagramLayoutTests.cases

    @Test(arguments: graphs, Language.allCases)
    func svgIsWellFormedXML(_ testCase: DiagramLayoutTests.Case, language: Language) {
        let svg = SVGDiagramRenderer(language: language).render(testCase.graph)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "XML error: \(parser.parserError.map { "\($0)" } ?? "none")")
    }

    @Test(arguments: graphs)
    func svgLoadsNothingFromOutside(_ testCase: DiagramLayoutTests.Case) {
        let svg = SVGDiagramRenderer(language: .english).render(testCase.graph)
        #expect(!svg.contains("href"))
        #expect(!svg.contains("<image"))
        #expect(!svg.contains("@import"))
        #expect(!svg.contains("<script"))
        // The only URL is the SVG namespace; url(#…) references point inside the document.
        #expect(svg.components(separatedBy: "http").count == 2)
        #expect(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.contains("url(http"))
    }

    @Test func svgIsAccessible() {
        let svg = SVGDiagramRenderer(language: .english, idPrefix: "lab").render(SampleGraphs.unevenZones)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"lab-title lab-desc\""))
        #expect(svg.contains("<title id=\"lab-title\">Architecture diagram</title>"))
        #expect(
            svg.contains(
                "<desc id=\"lab-desc\">VPCs: 1; availability zones: 3; subnets: 6; instances: 3; buckets: 1; "
                    + "findings: 10.</desc>"))
        #expect(svg.contains("aria-label=\"Security group sg-web, 2 findings: 1 CRITICAL, 1 LOW\""))
        #expect(svg.contains("aria-label=\"EC2 instance db-1, 1 finding: 1 LOW\""))
        #expect(svg.contains("aria-label=\"Private subnet isolated, no finding\""))
    }

    @Test func svgSpeaksFrench() {
        let svg = SVGDiagramRenderer(language: .french).render(SampleGraphs.unevenZones)
        for caption in [
            "Sous-réseau public", "Sous-réseau privé", "Passerelle Internet", "Passerelle NAT", "Compartiment S3",
            "Groupe de sécurité", "Journaux de flux VPC", "Zone de disponibilité", "Instance EC2", "Légende",
            "zone inconnue", "Route par défaut (0.0.0.0/0)", "Diagramme d&#39;architecture",
        ] {
            #expect(svg.contains(caption), "missing \(caption)")
        }
        #expect(svg.contains(">1 CRITIQUE</text>"))
        #expect(svg.contains(">1 FAIBLE</text>"))
        #expect(!svg.contains(">2 CRITIQUE</text>"))
        #expect(svg.contains("aria-label=\"Groupe de sécurité sg-web, 2 constats : 1 CRITIQUE, 1 FAIBLE\""))
        #expect(svg.contains(">Constats par gravité :</text>"))
        #expect(svg.contains(">Journaux de flux du VPC</text>"))
        #expect(svg.contains("aria-label=\"Route par défaut (0.0.0.0/0) : "))
        #expect(!svg.contains("(0.0.0.0/0): "))
        #expect(!svg.contains("Public subnet"))
    }

    @Test func badgesShowCountAndSeverityColour() {
        let svg = SVGDiagramRenderer(language: .english).render(SampleGraphs.longLabels)
        // 12,345 findings: the count is grouped, and the badge has the critical colour.
        #expect(svg.contains(">12,345 CRITICAL</text>"))
        #expect(svg.contains("fill=\"#7a0b0b\""))
        let french = SVGDiagramRenderer(language: .french).render(SampleGraphs.longLabels)
        #expect(french.contains(">12\u{00A0}345 CRITIQUE</text>"))
    }

    @Test func hostileLabelsAreEscaped() {
        let svg = SVGDiagramRenderer(language: .english).render(SampleGraphs.longLabels)
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt; &#39;quoted&#39; | pipe"))
        #expect(svg.contains("nat &amp; &lt;nat&gt;"))
    }

    @Test func escapingDropsForbiddenControlCharacters() {
        let graph = ArchitectureGraph(buckets: [
            ArchitectureGraph.Node(id: "b", kind: .bucket, label: "a\u{0}b\u{1B}c\td")
        ])
        let svg = SVGDiagramRenderer(language: .english).render(graph)
        #expect(svg.contains(">abc\td</text>"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
    }
}
