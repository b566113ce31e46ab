using System.Runtime.InteropServices;

namespace StaticMath.Site.Output;

/// <summary>
/// A second name for an existing file (<c>link(2)</c> on Linux and macOS, <c>CreateHardLinkW</c> on Windows): .NET has
/// no API for it. Keeping a thousand unchanged pages by copying them was most of a rebuild's time (6.4 GB at 10,000
/// posts); a link costs a directory entry.
/// </summary>
internal static partial class HardLink
{
    /// <summary>False when the platform or the file system refuses (another device, FAT, a target that exists).</summary>
    public static bool TryCreate(string existingPath, string linkPath)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(linkPath, existingPath, IntPtr.Zero) : Link(existingPath, linkPath) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existingPath, string linkPath);

    [LibraryImport("kernel32.dll", EntryPoint = "CreateHardLinkW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string linkPath, string existingPath, IntPtr securityAttributes);
}
