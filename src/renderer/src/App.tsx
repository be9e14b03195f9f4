import { useEffect, useState } from 'react';
import { InstitutionProfileScreen } from './features/institution/InstitutionProfileScreen';
import { AppLayout, type Screen } from './features/shell/AppLayout';
import { useStore } from './store';

export function App() {
  const [screen, setScreen] = useState<Screen>('institution');
  const loadAppInfo = useStore((s) => s.loadAppInfo);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);

  return (
    <AppLayout screen={screen} onNavigate={setScreen}>
      {screen === 'institution' && <InstitutionProfileScreen />}
    </AppLayout>
  );
}
