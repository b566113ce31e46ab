using Fluid;

namespace StaticMath.Site.Themes;

/// <summary>
/// A parsed layout (<c>layouts/NAME.liquid</c>). A layout may name a parent in its own front matter
/// (<c>layout: base</c>), Jekyll style: the child's output becomes the parent's <c>content</c>.
/// </summary>
public sealed record LayoutTemplate(string Name, string DisplayPath, IFluidTemplate Template, string? Parent, IReadOnlyDictionary<string, object?> FrontMatter);
