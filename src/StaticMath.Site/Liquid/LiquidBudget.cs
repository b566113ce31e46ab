using StaticMath.Site.Core;

namespace StaticMath.Site.Liquid;

/// <summary>
/// How much work one Liquid render may do, bounded before it happens: a loop over a huge range, a string doubled by
/// <c>append</c> or <c>capture</c>, or an include tree that fans out would otherwise exhaust memory or time long
/// before any step limit noticed. Real pages stay orders of magnitude below.
/// </summary>
public static class LiquidBudget
{
    /// <summary>Statements one render may execute (Fluid's step counter).</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Items a range such as <c>(1..n)</c> or a filter's array result may have.</summary>
    public const int MaxItems = 1_000_000;

    /// <summary>Characters a page body's Liquid may write, and one string (a filter result or a capture) may hold.
    /// Layouts write whole pages, bounded by <see cref="Core.OutputBudget.MaxPageChars"/> instead.</summary>
    public const int MaxChars = 16 * 1024 * 1024;

    /// <summary>Include files one page render may render in all (not only nested): six includes of itself ten deep
    /// would be six to the tenth renders.</summary>
    public const int MaxIncludeRenders = 1_000;
}

/// <summary>A Liquid render went over <see cref="LiquidBudget"/>; the render stops and is reported.</summary>
public sealed class LiquidBudgetExceededException(string message) : Exception(message);
