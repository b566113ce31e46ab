using System.Text;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Reads BibTeX the way BibTeX does: text between entries is a comment, <c>@comment</c> and <c>@preamble</c> are
/// skipped, <c>@string</c> defines macros, field values are braced/quoted strings, numbers or macro names joined
/// with <c>#</c>. Errors are collected with their line; the reader resynchronises at the next <c>@</c> so one bad
/// entry never hides the rest of the file.
/// </summary>
public static class BibTexParser
{
    /// <summary>LaTeX-to-text conversion recurses per brace level; real entries nest a handful deep.</summary>
    public const int MaxBraceDepth = 100;

    /// <summary>Chained <c>@string</c> macros can double a value per line; no real field is this long.</summary>
    public const int MaxValueLength = 100_000;

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static BibDatabase Parse(string text)
    {
        var db = new BibDatabase();
        var macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (abbrev, name) in MonthNames.Select(m => (m[..3].ToLowerInvariant(), m)))
            macros[abbrev] = name;

        var reader = new Scanner(text);
        while (reader.SkipTo('@'))
        {
            var atLine = reader.Line;
            var atColumn = reader.Column;
            reader.Advance(); // '@'
            try
            {
                ReadItem(reader, db, macros, atLine);
            }
            catch (BibSyntaxException ex)
            {
                db.AddError(new BibParseError(ex.Line, ex.Column, ex.Message));
                // Resynchronise: continue scanning after the failing '@' so later entries still load.
                reader.Reset(atLine, atColumn);
                reader.Advance();
            }
        }
        return db;
    }

    private static void ReadItem(Scanner r, BibDatabase db, Dictionary<string, string> macros, int line)
    {
        r.SkipWhitespace();
        var type = r.ReadIdentifier();
        if (type.Length == 0)
            return; // A stray '@' in comment text, as BibTeX tolerates.
        r.SkipWhitespace();
        if (type.Equals("comment", StringComparison.OrdinalIgnoreCase))
        {
            if (r.Current is '{' or '(') r.SkipBalanced();
            return;
        }
        var close = r.Current switch
        {
            '{' => '}',
            '(' => ')',
            _ => throw r.Error($"expected '{{' or '(' after '@{type}'"),
        };
        r.Advance();
        if (type.Equals("preamble", StringComparison.OrdinalIgnoreCase))
        {
            ReadValue(r, macros);
            r.SkipWhitespace();
            r.Expect(close);
            return;
        }
        if (type.Equals("string", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (name, value) in ReadFields(r, macros, close))
                macros[name] = value;
            return;
        }

        r.SkipWhitespace();
        var key = r.ReadKey();
        if (key.Length == 0)
            throw r.Error($"@{type} entry has no citation key");
        r.SkipWhitespace();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (r.Current == ',')
        {
            r.Advance();
            foreach (var (name, value) in ReadFields(r, macros, close))
                fields[name] = value; // BibTeX keeps the first of duplicate fields; biber the last: we keep the last.
        }
        else
        {
            r.SkipWhitespace();
            r.Expect(close);
        }
        db.Add(new BibEntry(type, key, line, fields));
    }

    /// <summary>Reads <c>name = value, …</c> up to and including the closing delimiter (trailing comma allowed).</summary>
    private static List<(string Name, string Value)> ReadFields(Scanner r, Dictionary<string, string> macros, char close)
    {
        var result = new List<(string, string)>();
        while (true)
        {
            r.SkipWhitespace();
            if (r.Current == close) { r.Advance(); return result; }
            if (r.AtEnd) throw r.Error($"missing '{close}' at end of entry");
            var name = r.ReadIdentifier();
            if (name.Length == 0) throw r.Error($"expected a field name, found '{r.Current}'");
            r.SkipWhitespace();
            r.Expect('=');
            var value = ReadValue(r, macros);
            result.Add((name.ToLowerInvariant(), value));
            r.SkipWhitespace();
            if (r.Current == ',') { r.Advance(); continue; }
            if (r.Current == close) { r.Advance(); return result; }
            throw r.Error(r.AtEnd ? $"missing '{close}' at end of entry" : $"expected ',' or '{close}' after field '{name}', found '{r.Current}'");
        }
    }

    /// <summary>A value: parts joined with '#'; each part a {braced} or "quoted" string, a number, or a macro.</summary>
    private static string ReadValue(Scanner r, Dictionary<string, string> macros)
    {
        var sb = new StringBuilder();
        while (true)
        {
            r.SkipWhitespace();
            if (r.Current == '{')
                sb.Append(r.ReadBraced());
            else if (r.Current == '"')
                sb.Append(r.ReadQuoted());
            else if (char.IsAsciiDigit(r.Current))
                sb.Append(r.ReadWhile(char.IsAsciiDigit));
            else
            {
                var (line, column) = (r.Line, r.Column);
                var name = r.ReadIdentifier();
                if (name.Length == 0)
                    throw r.Error(r.AtEnd ? "unexpected end of file in a field value" : $"expected a value, found '{r.Current}'");
                if (macros.TryGetValue(name, out var expansion))
                    sb.Append(expansion);
                else
                    throw new BibSyntaxException(line, column, $"undefined string macro '{name}'");
            }
            if (sb.Length > MaxValueLength)
                throw r.Error($"field value longer than {MaxValueLength} characters (chained @string macros?)");
            r.SkipWhitespace();
            if (r.Current != '#') return sb.ToString();
            r.Advance();
        }
    }

    private sealed class BibSyntaxException(int line, int column, string message) : Exception(message)
    {
        public int Line { get; } = line;
        public int Column { get; } = column;
    }

    /// <summary>Character cursor with 1-based line/column tracking.</summary>
    private sealed class Scanner(string text)
    {
        private int _pos;

        public int Line { get; private set; } = 1;
        public int Column { get; private set; } = 1;
        public bool AtEnd => _pos >= text.Length;
        public char Current => _pos < text.Length ? text[_pos] : '\0';

        public void Advance()
        {
            if (_pos >= text.Length) return;
            if (text[_pos] == '\n') { Line++; Column = 1; }
            else Column++;
            _pos++;
        }

        /// <summary>Moves back to a remembered position (used only for error recovery).</summary>
        public void Reset(int line, int column)
        {
            _pos = 0; Line = 1; Column = 1;
            while (!AtEnd && (Line < line || (Line == line && Column < column))) Advance();
        }

        public bool SkipTo(char c)
        {
            while (!AtEnd && Current != c) Advance();
            return !AtEnd;
        }

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(Current)) Advance();
        }

        public string ReadWhile(Func<char, bool> predicate)
        {
            var start = _pos;
            while (!AtEnd && predicate(Current)) Advance();
            return text[start.._pos];
        }

        // BibTeX identifiers may contain most printable characters except these delimiters.
        public string ReadIdentifier() => ReadWhile(c => !char.IsWhiteSpace(c) && "{}()\",=#%'@".IndexOf(c) < 0);

        public string ReadKey() => ReadWhile(c => !char.IsWhiteSpace(c) && c is not (',' or '{' or '}' or '(' or ')'));

        public void Expect(char c)
        {
            if (Current != c) throw Error(AtEnd ? $"expected '{c}', found end of file" : $"expected '{c}', found '{Current}'");
            Advance();
        }

        /// <summary>Reads a {…} group and returns its content without the outer braces.</summary>
        public string ReadBraced()
        {
            var (line, column) = (Line, Column);
            Advance();
            var start = _pos;
            var depth = 1;
            while (!AtEnd)
            {
                if (Current == '\\') { Advance(); Advance(); continue; }
                if (Current == '{' && ++depth > MaxBraceDepth) throw TooDeep();
                else if (Current == '}' && --depth == 0)
                {
                    var content = text[start.._pos];
                    Advance();
                    return content;
                }
                Advance();
            }
            throw new BibSyntaxException(line, column, "unbalanced braces: '{' is never closed");
        }

        /// <summary>Reads a "…" string; a quote inside braces does not end it.</summary>
        public string ReadQuoted()
        {
            var (line, column) = (Line, Column);
            Advance();
            var start = _pos;
            var depth = 0;
            while (!AtEnd)
            {
                if (Current == '\\') { Advance(); Advance(); continue; }
                if (Current == '{' && ++depth > MaxBraceDepth) throw TooDeep();
                else if (Current == '}') depth--;
                else if (Current == '"' && depth == 0)
                {
                    var content = text[start.._pos];
                    Advance();
                    return content;
                }
                Advance();
            }
            throw new BibSyntaxException(line, column, "unterminated quoted string");
        }

        public void SkipBalanced()
        {
            var open = Current;
            var close = open == '(' ? ')' : '}';
            var (line, column) = (Line, Column);
            var depth = 0;
            while (!AtEnd)
            {
                if (Current == open) depth++;
                else if (Current == close && --depth == 0) { Advance(); return; }
                Advance();
            }
            throw new BibSyntaxException(line, column, $"'{open}' is never closed");
        }

        public Exception Error(string message) => new BibSyntaxException(Line, Column, message);

        private BibSyntaxException TooDeep() => new(Line, Column, $"braces nested more than {MaxBraceDepth} deep");
    }
}
