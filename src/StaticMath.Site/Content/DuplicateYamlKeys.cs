using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticMath.Site.Content;

/// <summary>
/// Jekyll (Ruby's YAML) lets a later top-level key replace an earlier one — al-folio posts repeat <c>authors:</c> —
/// while YamlDotNet's representation model rejects the document. This finds repeated top-level keys with YamlDotNet's
/// event parser and blanks out the earlier occurrences (keeping line numbers), so the last value wins as in Jekyll.
/// </summary>
internal static class DuplicateYamlKeys
{
    /// <summary>The YAML with earlier duplicates blanked, and each repeated key with the 1-based YAML line of the
    /// occurrence that was dropped; the text unchanged and an empty list when no key repeats or the YAML does not parse.</summary>
    public static (string Yaml, IReadOnlyList<(string Key, int Line)> Dropped) LastValueWins(string yaml)
    {
        var keys = new List<(string Key, int Start, int Line)>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0;
            var expectingKey = false;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case MappingStart or SequenceStart:
                        if (depth == 0 && parser.Current is SequenceStart) return (yaml, []); // not a mapping: nothing to do
                        if (depth == 1 && expectingKey) return (yaml, []); // a collection as a key: leave it to the loader
                        depth++;
                        if (depth == 1) expectingKey = true; // the root mapping: its first event is a key
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        if (depth == 1) expectingKey = true; // a top-level value that was a collection ended
                        break;
                    case Scalar scalar when depth == 1:
                        if (expectingKey) keys.Add((scalar.Value, (int)scalar.Start.Index, (int)scalar.Start.Line));
                        expectingKey = !expectingKey;
                        break;
                    case AnchorAlias when depth == 1:
                        expectingKey = !expectingKey;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // The loader reports the YAML error with its location.
            return (yaml, []);
        }

        var lastIndex = keys.Select((k, i) => (k.Key, i)).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Max(x => x.i), StringComparer.Ordinal);
        if (lastIndex.Count == keys.Count) return (yaml, []);
        var chars = yaml.ToCharArray();
        var dropped = new List<(string, int)>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (lastIndex[keys[i].Key] == i) continue;
            var end = i + 1 < keys.Count ? keys[i + 1].Start : yaml.Length;
            for (var c = keys[i].Start; c < end; c++)
                if (chars[c] != '\n') chars[c] = ' ';
            dropped.Add((keys[i].Key, keys[i].Line));
        }
        return (new string(chars), dropped);
    }
}
