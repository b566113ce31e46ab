using Acornima.Ast;
using Acornima;

namespace StaticMath.Site.Import;

/// <summary>
/// JavaScript read with Acornima (a standards-compliant parser), for the settings sites keep in code: MathJax and
/// KaTeX options, Eleventy's configuration. Helpers answer the few questions the importers ask of the syntax tree.
/// </summary>
public sealed class JsSource
{
    private JsSource(Node root, int firstLine)
    {
        Root = root;
        FirstLine = firstLine;
    }

    public Node Root { get; }

    /// <summary>The file line of the code's first line (scripts inside HTML start below the file's top).</summary>
    public int FirstLine { get; }

    /// <summary>Parses <paramref name="code"/> as a module (import/export) or else a script; null with the error's file line when neither parses.</summary>
    public static JsSource? Parse(string code, int firstLine, out (int Line, string Message)? error)
    {
        error = null;
        try
        {
            return new JsSource(new Parser().ParseModule(code), firstLine);
        }
        catch (ParseErrorException)
        {
            // Not a module; a classic script may still parse (e.g. one using `with` or legacy octal).
        }
        try
        {
            return new JsSource(new Parser().ParseScript(code), firstLine);
        }
        catch (ParseErrorException e)
        {
            error = (e.LineNumber + firstLine - 1, e.Error?.Description ?? e.Message);
            return null;
        }
    }

    /// <summary>The file line a node starts on.</summary>
    public int LineOf(Node node) => node.Location.Start.Line + FirstLine - 1;

    /// <summary>Every node of the tree, parents before children.</summary>
    public IEnumerable<Node> Nodes()
    {
        var pending = new Stack<Node>();
        pending.Push(Root);
        while (pending.TryPop(out var node))
        {
            yield return node;
            foreach (var child in node.ChildNodes.Reverse()) pending.Push(child);
        }
    }

    /// <summary>Object properties named <paramref name="name"/> (identifier or string key).</summary>
    public IEnumerable<Property> PropertiesNamed(string name) =>
        Nodes().OfType<Property>().Where(p => string.Equals(KeyName(p), name, StringComparison.Ordinal));

    public static string? KeyName(Property property) => property.Key switch
    {
        Identifier id when !property.Computed => id.Name,
        Literal { Value: string s } => s,
        Literal literal when literal.Value is not null => Convert.ToString(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A string literal or a template literal without substitutions; null for anything computed.</summary>
    public static string? StringValue(Node? node) => node switch
    {
        Literal { Value: string s } => s,
        TemplateLiteral { Expressions.Count: 0 } template => string.Concat(template.Quasis.Select(q => q.Value.Cooked ?? q.Value.Raw)),
        _ => null,
    };

    public static double? NumberValue(Node? node) => node is Literal { Value: double d } ? d : node is Literal { Value: int i } ? i : null;
}
