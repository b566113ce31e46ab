using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StaticMath.Site.Tests.Architecture;

/// <summary>
/// Which folders of StaticMath.Site (the namespace segment after <c>StaticMath.Site.</c>) use which, read from the
/// compiled assembly with Mono.Cecil: base types, interfaces, fields, properties, signatures, attributes and every
/// type or member an instruction names, so a dependency inside a method body counts as much as one in a signature.
/// </summary>
internal static class FolderDependencies
{
    private const string Prefix = "StaticMath.Site.";

    /// <summary>(from folder, to folder) → one example "FromType → ToType" for the message.</summary>
    public static IReadOnlyDictionary<(string From, string To), string> Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var edges = new SortedDictionary<(string, string), string>();
        foreach (var type in module.GetTypes())
        {
            var from = FolderOf(type);
            if (from is null) continue;
            foreach (var used in UsedTypes(type).SelectMany(Expand))
            {
                var to = FolderOf(used);
                if (to is null || to == from) continue;
                edges.TryAdd((from, to), $"{Outermost(type).FullName} → {Outermost(used).FullName}");
            }
        }
        return edges;
    }

    /// <summary>The folder of a StaticMath.Site type (nested and compiler-generated types count as their outer type's).</summary>
    public static string? FolderOf(TypeReference type)
    {
        var outer = Outermost(type.GetElementType());
        if (outer.Scope is AssemblyNameReference) return null; // another assembly
        var ns = outer.Namespace;
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static IEnumerable<TypeReference> UsedTypes(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var i in type.Interfaces) yield return i.InterfaceType;
        foreach (var a in type.CustomAttributes) yield return a.AttributeType;
        foreach (var field in type.Fields) yield return field.FieldType;
        foreach (var property in type.Properties) yield return property.PropertyType;
        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var p in method.Parameters) yield return p.ParameterType;
            foreach (var a in method.CustomAttributes) yield return a.AttributeType;
            if (!method.HasBody) continue;
            foreach (var v in method.Body.Variables) yield return v.VariableType;
            foreach (var instruction in method.Body.Instructions)
            {
                foreach (var used in OperandTypes(instruction)) yield return used;
            }
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference t:
                yield return t;
                break;
            case MethodReference m:
                yield return m.DeclaringType;
                yield return m.ReturnType;
                foreach (var p in m.Parameters) yield return p.ParameterType;
                if (m is GenericInstanceMethod g) foreach (var a in g.GenericArguments) yield return a;
                break;
            case FieldReference f:
                yield return f.DeclaringType;
                yield return f.FieldType;
                break;
        }
    }

    /// <summary>A type and the type arguments inside it (<c>List&lt;Page&gt;</c> uses <c>Page</c>).</summary>
    public static IEnumerable<TypeReference> Expand(TypeReference type)
    {
        yield return type;
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments)
                foreach (var inner in Expand(argument)) yield return inner;
        }
        else if (type is TypeSpecification spec && spec.ElementType is not null)
        {
            foreach (var inner in Expand(spec.ElementType)) yield return inner;
        }
    }
}
