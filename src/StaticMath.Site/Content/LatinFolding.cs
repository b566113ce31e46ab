namespace StaticMath.Site.Content;

/// <summary>
/// Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A/B) and their plain ASCII spelling for slugs.
/// A table because the tool runs with invariant globalization, where Unicode decomposition is not available.
/// Generated from Unicode decompositions (NFD without combining marks) plus ligatures and stroked letters.
/// </summary>
internal static class LatinFolding
{
    private const string Letters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳßæÆøØœŒđĐłŁħĦıþÞðÐŋŊŧŦĸſ";

    private static readonly string[] Plain = "a|a|a|a|a|a|c|e|e|e|e|i|i|i|i|n|o|o|o|o|o|u|u|u|u|y|a|a|a|a|a|a|c|e|e|e|e|i|i|i|i|n|o|o|o|o|o|u|u|u|u|y|y|a|a|a|a|a|a|c|c|c|c|c|c|c|c|d|d|e|e|e|e|e|e|e|e|e|e|g|g|g|g|g|g|g|g|h|h|i|i|i|i|i|i|i|i|i|j|j|k|k|l|l|l|l|l|l|n|n|n|n|n|n|o|o|o|o|o|o|r|r|r|r|r|r|s|s|s|s|s|s|s|s|t|t|t|t|u|u|u|u|u|u|u|u|u|u|u|u|w|w|y|y|y|z|z|z|z|z|z|o|o|u|u|a|a|i|i|o|o|u|u|u|u|u|u|u|u|u|u|a|a|a|a|g|g|k|k|o|o|o|o|j|g|g|n|n|a|a|a|a|a|a|e|e|e|e|i|i|i|i|o|o|o|o|r|r|r|r|u|u|u|u|s|s|t|t|h|h|a|a|e|e|o|o|o|o|o|o|o|o|y|y|ss|ae|ae|o|o|oe|oe|d|d|l|l|h|h|i|th|th|d|d|n|n|t|t|k|s".Split('|');

    private static readonly Dictionary<char, string> Map = Letters.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => Plain[x.i]);

    /// <summary>The ASCII spelling of a Latin letter with diacritics, or null.</summary>
    public static string? Fold(char c) => Map.TryGetValue(c, out var plain) ? plain : null;
}
