namespace StaticMath.Site.Bibliography;

/// <summary>
/// Composes a base letter and a combining accent into the precomposed character (é, ő, š…). The site runs with
/// invariant globalization, where <c>string.Normalize</c> cannot compose, so the Latin compositions BibTeX accent
/// commands can produce are kept here as data: triples of base letter, combining mark, composed character.
/// </summary>
internal static class AccentComposition
{
    private const string Triples =
        "A\u0301ÁA\u0300ÀA\u0302ÂA\u0308ÄA\u0303ÃA\u0304ĀA\u0307ȦA\u0306ĂA\u030CǍA\u0328ĄA\u030AÅA\u0323Ạ" +
        "B\u0307ḂB\u0323ḄB\u0331ḆC\u0301ĆC\u0302ĈC\u0307ĊC\u030CČC\u0327ÇD\u0307ḊD\u030CĎD\u0327ḐD\u0323Ḍ" +
        "D\u0331ḎE\u0301ÉE\u0300ÈE\u0302ÊE\u0308ËE\u0303ẼE\u0304ĒE\u0307ĖE\u0306ĔE\u030CĚE\u0327ȨE\u0328Ę" +
        "E\u0323ẸF\u0307ḞG\u0301ǴG\u0302ĜG\u0304ḠG\u0307ĠG\u0306ĞG\u030CǦG\u0327ĢH\u0302ĤH\u0308ḦH\u0307Ḣ" +
        "H\u030CȞH\u0327ḨH\u0323ḤI\u0301ÍI\u0300ÌI\u0302ÎI\u0308ÏI\u0303ĨI\u0304ĪI\u0307İI\u0306ĬI\u030CǏ" +
        "I\u0328ĮI\u0323ỊJ\u0302ĴK\u0301ḰK\u030CǨK\u0327ĶK\u0323ḲK\u0331ḴL\u0301ĹL\u030CĽL\u0327ĻL\u0323Ḷ" +
        "L\u0331ḺM\u0301ḾM\u0307ṀM\u0323ṂN\u0301ŃN\u0300ǸN\u0303ÑN\u0307ṄN\u030CŇN\u0327ŅN\u0323ṆN\u0331Ṉ" +
        "O\u0301ÓO\u0300ÒO\u0302ÔO\u0308ÖO\u0303ÕO\u0304ŌO\u0307ȮO\u0306ŎO\u030CǑO\u030BŐO\u0328ǪO\u0323Ọ" +
        "P\u0301ṔP\u0307ṖR\u0301ŔR\u0307ṘR\u030CŘR\u0327ŖR\u0323ṚR\u0331ṞS\u0301ŚS\u0302ŜS\u0307ṠS\u030CŠ" +
        "S\u0327ŞS\u0323ṢT\u0307ṪT\u030CŤT\u0327ŢT\u0323ṬT\u0331ṮU\u0301ÚU\u0300ÙU\u0302ÛU\u0308ÜU\u0303Ũ" +
        "U\u0304ŪU\u0306ŬU\u030CǓU\u030BŰU\u0328ŲU\u030AŮU\u0323ỤV\u0303ṼV\u0323ṾW\u0301ẂW\u0300ẀW\u0302Ŵ" +
        "W\u0308ẄW\u0307ẆW\u0323ẈX\u0308ẌX\u0307ẊY\u0301ÝY\u0300ỲY\u0302ŶY\u0308ŸY\u0303ỸY\u0304ȲY\u0307Ẏ" +
        "Y\u0323ỴZ\u0301ŹZ\u0302ẐZ\u0307ŻZ\u030CŽZ\u0323ẒZ\u0331Ẕa\u0301áa\u0300àa\u0302âa\u0308äa\u0303ã" +
        "a\u0304āa\u0307ȧa\u0306ăa\u030Cǎa\u0328ąa\u030Aåa\u0323ạb\u0307ḃb\u0323ḅb\u0331ḇc\u0301ćc\u0302ĉ" +
        "c\u0307ċc\u030Cčc\u0327çd\u0307ḋd\u030Cďd\u0327ḑd\u0323ḍd\u0331ḏe\u0301ée\u0300èe\u0302êe\u0308ë" +
        "e\u0303ẽe\u0304ēe\u0307ėe\u0306ĕe\u030Cěe\u0327ȩe\u0328ęe\u0323ẹf\u0307ḟg\u0301ǵg\u0302ĝg\u0304ḡ" +
        "g\u0307ġg\u0306ğg\u030Cǧg\u0327ģh\u0302ĥh\u0308ḧh\u0307ḣh\u030Cȟh\u0327ḩh\u0323ḥh\u0331ẖi\u0301í" +
        "i\u0300ìi\u0302îi\u0308ïi\u0303ĩi\u0304īi\u0306ĭi\u030Cǐi\u0328įi\u0323ịj\u0302ĵj\u030Cǰk\u0301ḱ" +
        "k\u030Cǩk\u0327ķk\u0323ḳk\u0331ḵl\u0301ĺl\u030Cľl\u0327ļl\u0323ḷl\u0331ḻm\u0301ḿm\u0307ṁm\u0323ṃ" +
        "n\u0301ńn\u0300ǹn\u0303ñn\u0307ṅn\u030Cňn\u0327ņn\u0323ṇn\u0331ṉo\u0301óo\u0300òo\u0302ôo\u0308ö" +
        "o\u0303õo\u0304ōo\u0307ȯo\u0306ŏo\u030Cǒo\u030Bőo\u0328ǫo\u0323ọp\u0301ṕp\u0307ṗr\u0301ŕr\u0307ṙ" +
        "r\u030Cřr\u0327ŗr\u0323ṛr\u0331ṟs\u0301śs\u0302ŝs\u0307ṡs\u030Cšs\u0327şs\u0323ṣt\u0308ẗt\u0307ṫ" +
        "t\u030Cťt\u0327ţt\u0323ṭt\u0331ṯu\u0301úu\u0300ùu\u0302ûu\u0308üu\u0303ũu\u0304ūu\u0306ŭu\u030Cǔ" +
        "u\u030Bűu\u0328ųu\u030Aůu\u0323ụv\u0303ṽv\u0323ṿw\u0301ẃw\u0300ẁw\u0302ŵw\u0308ẅw\u0307ẇw\u030Aẘ" +
        "w\u0323ẉx\u0308ẍx\u0307ẋy\u0301ýy\u0300ỳy\u0302ŷy\u0308ÿy\u0303ỹy\u0304ȳy\u0307ẏy\u030Aẙy\u0323ỵ" +
        "z\u0301źz\u0302ẑz\u0307żz\u030Cžz\u0323ẓz\u0331ẕ";

    private static readonly Dictionary<(char Base, char Mark), char> Table = Build();

    private static Dictionary<(char, char), char> Build()
    {
        var table = new Dictionary<(char, char), char>();
        for (var i = 0; i + 2 < Triples.Length; i += 3)
            table[(Triples[i], Triples[i + 1])] = Triples[i + 2];
        return table;
    }

    /// <summary>The composed character, or the base followed by the combining mark when none exists.</summary>
    public static string Compose(string baseText, char mark)
    {
        if (baseText.Length == 0) return mark.ToString();
        var last = baseText[^1];
        return Table.TryGetValue((last, mark), out var composed)
            ? baseText[..^1] + composed
            : baseText + mark;
    }
}
