using System.Collections;
using System.Collections.Concurrent;

namespace StaticMath.Site.Configuration;

/// <summary>
/// The feature sections of one configuration, one settings object per settings class (see <see cref="SettingsSection"/>).
/// A section the file does not have reads as its class's defaults. Code that makes a configuration itself adds sections
/// with a collection initializer: <c>new SiteConfig { Sections = { new MathConfig { Numbering = "ams" } } }</c>.
/// </summary>
public sealed class FeatureSettings : IEnumerable<object>
{
    // Pages read sections from many threads; a default made on first read is made once.
    private readonly ConcurrentDictionary<Type, object> _byType = new();

    /// <summary>Sets the section of <paramref name="settings"/>'s class (a second one of a class replaces the first).</summary>
    public void Add(object settings) => _byType[settings.GetType()] = settings;

    internal T Get<T>() where T : class, new() => (T)_byType.GetOrAdd(typeof(T), _ => new T());

    public IEnumerator<object> GetEnumerator() => _byType.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
