using Tomlyn.Model;
using Tomlyn.Serialization;

namespace StaticMath.Site.Content;

/// <summary>TOML read into Tomlyn's model (<see cref="TomlTable"/>), by source generation: the precompiled tool
/// (Native AOT) cannot use Tomlyn's reflection-based reading.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class TomlModel : TomlSerializerContext;
