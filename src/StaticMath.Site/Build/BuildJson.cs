using System.Text.Json.Serialization;
using StaticMath.Site.Core;

namespace StaticMath.Site.Build;

/// <summary>
/// The JSON the build stores (page records, <see cref="PageRecordStore"/>) and hashes (the tool's description, in
/// <see cref="PageReuse"/>'s key), written by source generation: the precompiled linux-x64 tool (Native AOT) cannot
/// make serialisers by reflection at run time.
/// </summary>
[JsonSerializable(typeof(PageRecord))]
[JsonSerializable(typeof(ToolInfo))]
internal sealed partial class BuildJson : JsonSerializerContext;
