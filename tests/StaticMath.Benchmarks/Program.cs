using BenchmarkDotNet.Running;
using StaticMath.Benchmarks;

// `dotnet run -c Release --project tests/StaticMath.Benchmarks -- [--filter *Name*]` runs the BenchmarkDotNet benchmarks;
// `... -- serve SITE [edits]` measures serve's edit-to-reload latency (see ServeRebuildBenchmark).
if (args.Length >= 2 && args[0] == "serve")
    return await ServeRebuildBenchmark.RunAsync(Path.GetFullPath(args[1]), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);

BenchmarkSwitcher.FromAssembly(typeof(MathRenderBenchmarks).Assembly).Run(args);
return 0;
