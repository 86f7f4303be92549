import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '../../ui/Alert';
import { Loading } from '../../ui/Page';
import type { LiveRoomView } from './live-room-client';

/** Before the first snapshot, on the live room and on the room's screen: why the room did not open, or that it is loading. */
export function RoomNotReady({ view }: { view: LiveRoomView }) {
  const { t } = useTranslation();
  return view.connection === 'refused' ? (
    <Alert tone="error">
      <p>{view.refusal}</p>
      <Link to="/">{t('app.toHome')}</Link>
    </Alert>
  ) : (
    <Loading />
  );
}
