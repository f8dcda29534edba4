import Foundation

/// Whole-buffer reads and writes on an open file, retried across short counts and interrupts.
public enum FileDescriptorIO {
    /// Fills `buffer` from `fd` until it is full or the file ends; the count read, or nil on an error.
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        var filled = 0
        while filled < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            filled += n
        }
        return filled
    }

    /// The whole content of the regular file open at `fd`, or nil for a FIFO, a device, a socket,
    /// a folder or a read error: the type is checked before anything is read.
    public static func readRegularFile(_ fd: Int32) -> Data? {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var data = Data(count: Int(info.st_size))
        guard let filled = data.withUnsafeMutableBytes({ read(fd, into: $0) }) else { return nil }
        if filled < data.count { data.count = filled }
        return data
    }

    /// Writes all of `bytes` to `fd`; false when the system refuses part of it.
    public static func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
