// The shell importing what mounts it: an import circle (main.tsx imports app/App).
import '../main' // ✗ import-x/no-cycle

export const App = () => null
