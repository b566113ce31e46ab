using System.Collections.Concurrent;
using System.Globalization;
using StaticMath.Site.Content;
using System.Runtime.CompilerServices;
using StaticMath.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Themes;

/// <summary>
/// The theme's words in the site's language, from <c>i18n/LANG.yml</c> files: English first (every key has an English
/// text), then the language's primary tag (<c>de</c>), then the full tag (<c>de-AT</c>); at each step the theme's file,
/// then the site's own <c>i18n/</c> file, each overriding only the keys it lists. Dates are formatted with the month
/// and day names of the same files, so the output depends on no machine's culture data.
/// </summary>
public sealed class Translations
{
    public const string Folder = ThemeFiles.TranslationsFolder;
    private const string DateSection = "date";

    private readonly Dictionary<string, Text> _texts;
    private readonly string _reportPath;
    // Missing keys already reported, per build (a build's diagnostics bag): the translations outlive a build.
    private readonly ConditionalWeakTable<DiagnosticBag, ConcurrentDictionary<string, bool>> _reportedKeys = new();

    private Translations(string language, Dictionary<string, Text> texts, CultureInfo dates, string dateFormat, string reportPath)
    {
        Language = language;
        _texts = texts;
        DateCulture = dates;
        DateFormat = dateFormat;
        _reportPath = reportPath;
    }

    public string Language { get; }

    /// <summary>The invariant culture with the language's month and day names: what dates are formatted with.</summary>
    public CultureInfo DateCulture { get; }

    /// <summary>The language's usual way of writing a date, as strftime (<c>%-d. %B %Y</c>).</summary>
    public string DateFormat { get; }

    /// <summary>
    /// The text of <paramref name="key"/>: the <c>one</c> or <c>other</c> form by <paramref name="count"/>, with
    /// <c>{count}</c> and <c>{name}</c> placeholders filled in. An unknown key is reported to <paramref name="diagnostics"/>
    /// once per build and shown as itself.
    /// </summary>
    public string Get(string key, DiagnosticBag diagnostics, long? count = null, IReadOnlyDictionary<string, string>? values = null)
    {
        if (!_texts.TryGetValue(key, out var text))
        {
            if (_reportedKeys.GetOrCreateValue(diagnostics).TryAdd(key, true))
                diagnostics.Warning(DiagnosticCodes.MissingTranslation, _reportPath, 0, 0, $"the theme asks for the text '{key}', which no {Folder}/ file defines (add it to {Folder}/en.yml)");
            return key;
        }
        var form = count is { } n && IsOne(n) ? text.One ?? text.Other : text.Other;
        if (count is { } c) form = form.Replace("{count}", c.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (values is not null)
        {
            foreach (var (name, value) in values) form = form.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }
        return form;
    }

    /// <summary>CLDR's "one" for the languages we ship: French counts 0 as one, the others only 1 (Chinese and Japanese have one form).</summary>
    private bool IsOne(long n) => Primary(Language) == "fr" ? n is 0 or 1 : n == 1;

    public static Translations Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        language = string.IsNullOrWhiteSpace(language) ? "en" : language.Trim();
        var texts = new Dictionary<string, Text>(StringComparer.Ordinal);
        var date = new Dictionary<string, (YamlNode Node, string Path)>(StringComparer.Ordinal);
        var chain = new List<string> { "en" };
        if (!chain.Contains(Primary(language), StringComparer.OrdinalIgnoreCase)) chain.Add(Primary(language));
        if (!chain.Contains(language, StringComparer.OrdinalIgnoreCase)) chain.Add(language);
        var found = false;
        foreach (var name in chain)
        {
            // Lowest layer first, so the site's file overrides the theme's key by key.
            var files = theme.FindAll($"{Folder}/{name}.yml");
            if (files.Count > 0 && !string.Equals(name, "en", StringComparison.Ordinal)) found = true;
            foreach (var file in files.Reverse()) Merge(file, texts, date, diagnostics);
        }
        if (!found && !string.Equals(Primary(language), "en", StringComparison.OrdinalIgnoreCase))
            diagnostics.Warning(DiagnosticCodes.UnknownLanguage, "staticmath.yml", 0, 0,
                $"no translation of the theme for language '{language}' ({Folder}/{Primary(language)}.yml in the site or theme); its words and dates stay in English");

        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var format = Scalar(date, "format") ?? "%B %-d, %Y";
        SetNames(date, "months", 12, names => { culture.DateTimeFormat.MonthNames = [.. names, ""]; culture.DateTimeFormat.MonthGenitiveNames = [.. names, ""]; }, diagnostics);
        SetNames(date, "months_short", 12, names => { culture.DateTimeFormat.AbbreviatedMonthNames = [.. names, ""]; culture.DateTimeFormat.AbbreviatedMonthGenitiveNames = [.. names, ""]; }, diagnostics);
        SetNames(date, "days", 7, names => culture.DateTimeFormat.DayNames = names, diagnostics);
        SetNames(date, "days_short", 7, names => culture.DateTimeFormat.AbbreviatedDayNames = names, diagnostics);
        var reportPath = theme.Find($"{Folder}/en.yml")?.DisplayPath ?? $"{Folder}/en.yml";
        return new Translations(language, texts, CultureInfo.ReadOnly(culture), format, reportPath);
    }

    private static string Primary(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        return dash > 0 ? language[..dash] : language;
    }

    private static void Merge(ThemeFile file, Dictionary<string, Text> texts, Dictionary<string, (YamlNode Node, string Path)> date, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(file.ReadAllText()));
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.InvalidTranslations, file.DisplayPath, (int)e.Start.Line, (int)e.Start.Column, "invalid YAML: " + Configuration.SiteConfigLoader.InnermostMessage(e));
            return;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotReadFile, file.DisplayPath, 0, 0, $"cannot read translations: {e.Message}");
            return;
        }
        if (stream.Documents.Count == 0) return;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents[0].RootNode.Start;
            if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return;
            diagnostics.Error(DiagnosticCodes.InvalidTranslations, file.DisplayPath, (int)at.Line, (int)at.Column, "translations must be a mapping of keys to texts");
            return;
        }
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Configuration.YamlValues.KeyText(keyNode);
            if (key == DateSection && value is YamlMappingNode dateMap)
            {
                foreach (var (k, v) in dateMap.Children) date[Configuration.YamlValues.KeyText(k)] = (v, file.DisplayPath);
                continue;
            }
            var text = value switch
            {
                YamlScalarNode s => new Text(null, s.Value ?? ""),
                YamlMappingNode forms when Form(forms, "other") is { } other => new Text(Form(forms, "one"), other),
                _ => null,
            };
            if (text is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidTranslations, file.DisplayPath, (int)value.Start.Line, (int)value.Start.Column,
                    $"'{key}' must be a text, or 'one' and 'other' texts for a count");
                continue;
            }
            texts[key] = text;
        }
    }

    private static string? Form(YamlMappingNode forms, string name) =>
        forms.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode s ? s.Value ?? "" : null;

    private static string? Scalar(Dictionary<string, (YamlNode Node, string Path)> section, string key) =>
        section.TryGetValue(key, out var entry) && entry.Node is YamlScalarNode s ? s.Value : null;

    private static void SetNames(Dictionary<string, (YamlNode Node, string Path)> section, string key, int count, Action<string[]> set, DiagnosticBag diagnostics)
    {
        if (!section.TryGetValue(key, out var entry)) return;
        var node = entry.Node;
        var names = node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode)
            ? list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()
            : [];
        if (names.Length != count)
        {
            diagnostics.Error(DiagnosticCodes.InvalidTranslations, entry.Path, (int)node.Start.Line, (int)node.Start.Column, $"date.{key} must list {count} names");
            return;
        }
        set(names);
    }

    /// <summary>A text, or two by count (<c>one</c> may be missing: then <c>other</c> serves every count).</summary>
    private sealed record Text(string? One, string Other);
}
