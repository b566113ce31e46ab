namespace StaticMath.Site.Markdown.Extensions.PanelTabsets;

/// <summary>
/// The tabs' CSS, shipped with the feature: labels in a row over the checked tab's panel (flex order keeps the source
/// order radio, label, panel, so the sibling selectors work); keyboard focus shows on the label; print shows every panel
/// under its label. Colours come from the theme's variables, with fallbacks for other themes.
/// </summary>
internal static class PanelTabsetStyle
{
    public const string Css = """
        .panel-tabset { display: flex; flex-wrap: wrap; align-items: flex-end; margin: 1.5rem 0; }
        .panel-tabset > .panel-tabset__intro { order: -1; flex-basis: 100%; }
        .panel-tabset > .panel-tabset__radio { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
        .panel-tabset > .panel-tabset__tab { order: 0; padding: 0.35em 0.9em; cursor: pointer; font-family: var(--font-ui, inherit); color: var(--fg-muted, inherit); border-bottom: 2px solid transparent; }
        .panel-tabset > .panel-tabset__panel { order: 1; flex-basis: 100%; min-width: 0; display: none; border-top: 1px solid var(--rule, #ccc); padding-top: 0.25rem; }
        .panel-tabset > .panel-tabset__radio:checked + .panel-tabset__tab { color: var(--fg, inherit); border-bottom-color: currentColor; font-weight: 600; }
        .panel-tabset > .panel-tabset__radio:checked + .panel-tabset__tab + .panel-tabset__panel { display: block; }
        .panel-tabset > .panel-tabset__radio:focus-visible + .panel-tabset__tab { outline: 2px solid currentColor; outline-offset: 2px; }
        @media print {
          .panel-tabset { display: block; }
          .panel-tabset > .panel-tabset__tab { display: block; padding: 0; font-weight: 600; color: inherit; }
          .panel-tabset > .panel-tabset__panel { display: block; border-top: 0; }
        }
        """;
}
