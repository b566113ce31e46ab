using System.Text;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Turns the TeX found in .bib fields into plain Unicode: accent commands (<c>\"o</c>, <c>{\'e}</c>,
/// <c>\v{s}</c>), special letters (<c>\ss</c>, <c>\o</c>, <c>\l</c>), escaped specials, dashes and ties; formatting
/// commands (<c>\emph{x}</c>, <c>\textbf{x}</c>) keep their argument; protective braces disappear. Math between
/// <c>$…$</c> keeps its TeX (with Greek letters mapped) so titles remain readable.
/// </summary>
public static class LatexText
{
    // Accent command → combining character (composed with AccentComposition).
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303',
        ['='] = '\u0304', ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B',
        ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#",
        ["_"] = "_", ["{"] = "{", ["}"] = "}", ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’",
        ["textquoteleft"] = "‘", ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["LaTeX"] = "LaTeX",
        ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["ldots"] = "…", ["dots"] = "…", ["textregistered"] = "®",
        ["copyright"] = "©", ["S"] = "§", ["P"] = "¶", ["dag"] = "†", ["pounds"] = "£", ["euro"] = "€",
        [" "] = " ", [","] = "\u2009", [";"] = "\u2005", ["/"] = "", ["-"] = "", ["@"] = "",
    };

    private static readonly Dictionary<string, string> Greek = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ",
        ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ",
        ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["infty"] = "∞",
        ["ell"] = "ℓ", ["times"] = "×", ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["to"] = "→",
        ["in"] = "∈", ["cdot"] = "·", ["pm"] = "±", ["sqrt"] = "√", ["nabla"] = "∇", ["partial"] = "∂",
    };

    public static string ToUnicode(string tex)
    {
        var sb = new StringBuilder(tex.Length);
        var i = 0;
        Convert(tex, ref i, sb, inMath: false, stopAtBrace: false);
        return Collapse(sb.ToString());
    }

    private static void Convert(string s, ref int i, StringBuilder sb, bool inMath, bool stopAtBrace)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '}' when stopAtBrace:
                    i++;
                    return;
                case '{':
                    i++;
                    Convert(s, ref i, sb, inMath, stopAtBrace: true);
                    break;
                case '}':
                    i++; // stray closing brace: drop it
                    break;
                case '\\':
                    ConvertCommand(s, ref i, sb, inMath);
                    break;
                case '$':
                    i++;
                    inMath = !inMath;
                    break;
                case '~' when !inMath:
                    sb.Append('\u00A0');
                    i++;
                    break;
                case '-' when !inMath && i + 1 < s.Length && s[i + 1] == '-':
                    var triple = i + 2 < s.Length && s[i + 2] == '-';
                    sb.Append(triple ? '—' : '–');
                    i += triple ? 3 : 2;
                    break;
                case '`' when !inMath && i + 1 < s.Length && s[i + 1] == '`':
                    sb.Append('“'); i += 2;
                    break;
                case '\'' when !inMath && i + 1 < s.Length && s[i + 1] == '\'':
                    sb.Append('”'); i += 2;
                    break;
                case '\r' or '\n' or '\t':
                    sb.Append(' '); i++;
                    break;
                default:
                    sb.Append(c); i++;
                    break;
            }
        }
    }

    private static void ConvertCommand(string s, ref int i, StringBuilder sb, bool inMath)
    {
        i++; // backslash
        if (i >= s.Length) return;
        var c = s[i];
        string name;
        if (char.IsAsciiLetter(c))
        {
            var start = i;
            while (i < s.Length && char.IsAsciiLetter(s[i])) i++;
            name = s[start..i];
        }
        else
        {
            name = c.ToString();
            i++;
        }

        // Accents: a single-letter command from the table followed by its argument (\"o, \"{o}, \v{s}, \'\i).
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var combining) && !inMath)
        {
            if (char.IsAsciiLetter(name[0])) SkipSpaces(s, ref i);
            var baseText = ReadArgument(s, ref i);
            if (baseText == "ı") baseText = "i";
            if (baseText == "ȷ") baseText = "j";
            sb.Append(AccentComposition.Compose(baseText, combining));
            return;
        }
        if (inMath && Greek.TryGetValue(name, out var greek))
        {
            sb.Append(greek);
            return;
        }
        if (Letters.TryGetValue(name, out var letter))
        {
            if (char.IsAsciiLetter(name[0]) && i < s.Length && s[i] == ' ') i++; // "\ss " — the space ends the command
            if (i + 1 < s.Length && s[i] == '{' && s[i + 1] == '}') i += 2;  // "\ss{}"
            sb.Append(letter);
            return;
        }
        // Any other command: formatting like \emph{…} keeps its argument; its name disappears.
        SkipSpaces(s, ref i);
        if (i < s.Length && s[i] == '{')
        {
            i++;
            Convert(s, ref i, sb, inMath, stopAtBrace: true);
        }
    }

    /// <summary>The accent argument: a braced group or one character / letter command, converted.</summary>
    private static string ReadArgument(string s, ref int i)
    {
        if (i >= s.Length) return "";
        var sb = new StringBuilder();
        if (s[i] == '{')
        {
            i++;
            Convert(s, ref i, sb, inMath: false, stopAtBrace: true);
        }
        else if (s[i] == '\\')
        {
            ConvertCommand(s, ref i, sb, inMath: false);
        }
        else
        {
            sb.Append(s[i]);
            i++;
        }
        return sb.ToString();
    }

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (ch == ' ')
            {
                if (!space) sb.Append(ch);
                space = true;
                continue;
            }
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
