//! The local channel between the window and the agent: a socket no other
//! user can open. On Unix a socket file in a folder only this user can
//! enter (the data folder, 0700), with the peer's user checked on both ends;
//! on Windows a named pipe of a random name whose access list admits this
//! user only. Who is at the other end is then proved by the handshake in
//! [`crate::protocol`]; this module only makes sure strangers cannot knock.

use interprocess::local_socket::tokio::prelude::*;
pub use interprocess::local_socket::tokio::{Listener, Stream};
use interprocess::local_socket::ListenerOptions;
use std::io;
use std::path::Path;

/// Opens the agent's end for the data folder `dir`; returns it with the
/// name a window connects to (what the discovery file records).
pub fn listen(dir: &Path) -> io::Result<(Listener, String)> {
    os::listen(dir)
}

/// Connects to the agent's end named `name`, refusing one that belongs to
/// another user.
pub async fn connect(name: &str) -> io::Result<Stream> {
    let stream = os::connect(name).await?;
    same_user(&stream)?;
    Ok(stream)
}

/// Accepts the next connection; one from another user is closed at once and
/// reported as an error (the caller logs it and accepts the next).
pub async fn accept(listener: &Listener) -> io::Result<Stream> {
    let stream = listener.accept().await?;
    same_user(&stream)?;
    Ok(stream)
}

/// A connection's reading end.
pub type Reader = tokio::io::ReadHalf<Stream>;
/// A connection's writing end.
pub type Writer = tokio::io::WriteHalf<Stream>;

/// Splits a connection into its reading and writing ends; it closes when
/// both are dropped.
pub fn split(stream: Stream) -> (Reader, Writer) {
    tokio::io::split(stream)
}

/// The other end runs as this user. On Windows the pipe's access list
/// already admits no one else.
fn same_user(stream: &Stream) -> io::Result<()> {
    #[cfg(unix)]
    {
        let peer = stream.peer_creds()?.euid();
        let me = current_uid();
        if peer != Some(me) {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!("the other end runs as another user ({peer:?}, not {me})"),
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = stream;
    Ok(())
}

/// The user this process runs as.
#[cfg(unix)]
fn current_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

#[cfg(unix)]
mod os {
    use super::*;
    use interprocess::local_socket::{GenericFilePath, ToFsName};
    use std::path::PathBuf;

    /// The socket's file in the data folder.
    pub const SOCKET_FILE: &str = "agent.sock";
    /// The longest socket path every Unix takes (`sun_path` is 104 bytes on
    /// macOS and the BSDs, 108 on Linux, with its terminating NUL).
    const MAX_PATH: usize = 100;

    pub fn listen(dir: &Path) -> io::Result<(Listener, String)> {
        let path = socket_path(dir)?;
        let name = path.clone().to_fs_name::<GenericFilePath>()?;
        let options = ListenerOptions::new()
            .name(name)
            // The agent holds the folder's lock: a socket file already there
            // is a crashed agent's, or someone else's.
            .try_overwrite(true)
            .max_spin_time(std::time::Duration::from_secs(1))
            // Not removed as the listener drops, which may be after the next
            // agent of the folder took the name: the agent removes its own
            // as it quits (`protocol::remove_discovery`).
            .reclaim_name(false);
        // The private folder fences the socket everywhere; where the system
        // lets a socket have a mode of its own (macOS refuses), it is closed
        // to others too.
        #[cfg(target_os = "linux")]
        let options = {
            use interprocess::os::unix::local_socket::ListenerOptionsExt;
            options.mode(0o600)
        };
        let listener = options.create_tokio()?;
        let name = path.into_os_string().into_string().map_err(|path| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{path:?} is not valid Unicode"),
            )
        })?;
        Ok((listener, name))
    }

    pub async fn connect(name: &str) -> io::Result<Stream> {
        Stream::connect(name.to_fs_name::<GenericFilePath>()?).await
    }

    /// The data folder's socket, or, where that path is too long for a
    /// socket, one named for the folder in a folder of this user's alone:
    /// the runtime folder (`XDG_RUNTIME_DIR`, the user's by the XDG
    /// specification) or the temporary one where it is per user (macOS's
    /// `TMPDIR`; never a shared `/tmp`).
    fn socket_path(dir: &Path) -> io::Result<PathBuf> {
        let path = dir.join(SOCKET_FILE);
        if path.as_os_str().len() <= MAX_PATH {
            return Ok(path);
        }
        let hash = crate::protocol::short_hash(dir.as_os_str().as_encoded_bytes());
        let name = format!("{}-{hash}.sock", crate::IDENTIFIER);
        [dirs::runtime_dir(), Some(std::env::temp_dir())]
            .into_iter()
            .flatten()
            .filter(|folder| check_private(folder).is_ok())
            .map(|folder| folder.join(&name))
            .find(|path| path.as_os_str().len() <= MAX_PATH)
            .ok_or_else(|| too_long(&path))
    }

    fn too_long(path: &Path) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!(
                "{} is too long a path for a local socket, and no folder of this user's alone \
                 has room for a shorter one",
                path.display()
            ),
        )
    }

    /// A folder only this user can enter.
    fn check_private(dir: &Path) -> io::Result<()> {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::metadata(dir)?;
        let me = current_uid();
        if meta.uid() != me || meta.mode() & 0o077 != 0 {
            return Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!("{} is not private to this user", dir.display()),
            ));
        }
        Ok(())
    }
}

#[cfg(windows)]
mod os {
    use super::*;
    use interprocess::local_socket::{GenericNamespaced, ToNsName};
    use interprocess::os::windows::local_socket::ListenerOptionsExt;
    use interprocess::os::windows::security_descriptor::SecurityDescriptor;

    pub fn listen(_dir: &Path) -> io::Result<(Listener, String)> {
        // Pipe names are one namespace for every user of the computer: a
        // random one cannot be taken ahead of the agent.
        let name = format!("{}-{}", crate::IDENTIFIER, crate::protocol::new_token());
        let options = ListenerOptions::new().name(name.clone().to_ns_name::<GenericNamespaced>()?);
        let options = match this_user_only() {
            Ok(descriptor) => options.security_descriptor(descriptor),
            // The system's default list lets others open the pipe for
            // reading only: they cannot send the handshake's first line,
            // and the agent says nothing before it.
            Err(e) => {
                tracing::warn!("the agent's pipe keeps the system's access list: {e}");
                options
            }
        };
        let listener = options.create_tokio()?;
        Ok((listener, name))
    }

    pub async fn connect(name: &str) -> io::Result<Stream> {
        Stream::connect(name.to_ns_name::<GenericNamespaced>()?).await
    }

    /// An access list that admits this user alone (and the system).
    fn this_user_only() -> io::Result<SecurityDescriptor> {
        let sddl = format!("D:P(A;;GA;;;{})(A;;GA;;;SY)", user_sid()?);
        let sddl = widestring::U16CString::from_str(&sddl)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
        SecurityDescriptor::deserialize(&sddl)
    }

    /// This process's user as a SID string (`S-1-5-21-…`).
    fn user_sid() -> io::Result<String> {
        use windows_sys::Win32::Foundation::{CloseHandle, LocalFree, HANDLE};
        use windows_sys::Win32::Security::Authorization::ConvertSidToStringSidW;
        use windows_sys::Win32::Security::{
            GetTokenInformation, TokenUser, TOKEN_QUERY, TOKEN_USER,
        };
        use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

        // SAFETY: each call gets buffers of the sizes it asks for, and every
        // handle and string it returns is released once, below.
        unsafe {
            let mut token: HANDLE = std::ptr::null_mut();
            if OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) == 0 {
                return Err(io::Error::last_os_error());
            }
            let mut size = 0u32;
            GetTokenInformation(token, TokenUser, std::ptr::null_mut(), 0, &mut size);
            // u64s, so that the TOKEN_USER read from it is aligned.
            let mut buffer = vec![0u64; (size as usize).div_ceil(8).max(1)];
            let read = GetTokenInformation(
                token,
                TokenUser,
                buffer.as_mut_ptr().cast(),
                (buffer.len() * 8) as u32,
                &mut size,
            );
            let read_error = io::Error::last_os_error();
            CloseHandle(token);
            if read == 0 {
                return Err(read_error);
            }
            let user = &*(buffer.as_ptr().cast::<TOKEN_USER>());
            let mut text: *mut u16 = std::ptr::null_mut();
            if ConvertSidToStringSidW(user.User.Sid, &mut text) == 0 {
                return Err(io::Error::last_os_error());
            }
            let sid = widestring::U16CStr::from_ptr_str(text).to_string_lossy();
            LocalFree(text.cast());
            Ok(sid)
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_folder_too_deep_for_a_socket_gets_one_in_a_private_runtime_folder() {
        let base = std::env::temp_dir().join(format!("waping-channel-{}", std::process::id()));
        let runtime = base.join("run");
        crate::protocol::private_dir(&runtime).unwrap();
        let deep = base.join("d".repeat(120)).join(crate::IDENTIFIER);
        std::fs::create_dir_all(&deep).unwrap();
        std::env::set_var("XDG_RUNTIME_DIR", &runtime);

        let (listener, name) = listen(&deep).unwrap();
        assert!(name.starts_with(runtime.to_str().unwrap()), "{name}");
        assert!(name.len() <= 100, "{name}");
        let (accepted, connected) = tokio::join!(accept(&listener), connect(&name));
        accepted.unwrap();
        connected.unwrap();
        let _ = std::fs::remove_dir_all(&base);
    }
}
