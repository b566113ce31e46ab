using StaticMath.Site.Import;

namespace StaticMath.Cli.Tests.Import;

/// <summary>The MathJax/KaTeX configurations real sites carry, read for macros and equation numbering.</summary>
public sealed class MathConfigReaderTests : IDisposable
{
    private readonly string root = ImportRun.NewFolder();

    [Fact]
    public void MathJax_2_hub_config_in_a_mathjax_config_script_gives_macros_and_ams_numbering()
    {
        var site = Read("_includes/mathjax.html", """
            <script type="text/x-mathjax-config">
              MathJax.Hub.Config({
                TeX: {
                  equationNumbers: { autoNumber: "AMS" },
                  Macros: {
                    bm: ["\\boldsymbol{#1}", 1],
                    KL: ["D_{\\mathrm{KL}}\\left(#1 \\,\\|\\, #2\\right)", 2],
                    opt: ["#1^{#2}", 2, "\\star"]
                  }
                }
              });
            </script>
            <script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/MathJax.js?config=TeX-AMS_CHTML"></script>
            """);

        var math = (Dictionary<string, object?>)site.Config["math"]!;
        Assert.Equal("ams", math["numbering"]);
        var macros = (Dictionary<string, object?>)math["macros"]!;
        Assert.Equal(new List<object?> { @"\boldsymbol{#1}", 1 }, macros["bm"]);
        Assert.Equal(new List<object?> { @"D_{\mathrm{KL}}\left(#1 \,\|\, #2\right)", 2 }, macros["KL"]);
        Assert.Equal(new List<object?> { "#1^{#2}", 2, @"\star" }, macros["opt"]);
        Assert.Contains(site.Report.Converted, c => c.ToString() == @"_includes/mathjax.html:6: macro \bm → math.macros.bm: [\boldsymbol{#1}, 1]");
    }

    [Fact]
    public void al_folio_mathjax_setup_script_is_read_as_JavaScript()
    {
        var site = Read("assets/js/mathjax-setup.js", """
            window.MathJax = {
              tex: {
                tags: "ams",
                macros: { R: "\\mathbb{R}", half: `\\frac{1}{2}` },
              },
              options: { renderActions: { addCss: [200, function (doc) {}, ""] } },
            };
            """);

        var macros = (Dictionary<string, object?>)((Dictionary<string, object?>)site.Config["math"]!)["macros"]!;
        Assert.Equal(@"\mathbb{R}", macros["R"]);
        Assert.Equal(@"\frac{1}{2}", macros["half"]);
    }

    [Fact]
    public void Computed_macros_and_unparsable_scripts_are_reported_at_their_lines()
    {
        var site = Read("layouts/partials/katex.html", """
            <script>
              renderMathInElement(document.body, { macros: buildMacros() });
            </script>
            <script>
              const macros = {{ .Site.Params.katexMacros | jsonify }};
            </script>
            """);

        Assert.False(site.Config.ContainsKey("math"));
        Assert.Equal([
            "layouts/partials/katex.html(2,1): warning SM1665: macros: not an object literal (computed at run time), not converted",
            "layouts/partials/katex.html(5,1): warning SM1665: the math configuration in this script was not read: it is not plain JavaScript (Unexpected token '{')",
        ], site.Report.Problems.Sorted().Select(d => d.ToString()));
    }

    private ImportedSite Read(string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        var site = new ImportedSite(root, SourceGenerator.Jekyll);
        MathConfigReader.ReadFile(site, path);
        return site;
    }

    public void Dispose()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }
}
