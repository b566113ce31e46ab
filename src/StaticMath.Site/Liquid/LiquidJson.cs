using System.Text.Json.Serialization;

namespace StaticMath.Site.Liquid;

/// <summary>What the <c>jsonify</c> filter writes, by source generation (the precompiled tool makes no serialiser by reflection).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class LiquidJson : JsonSerializerContext;
